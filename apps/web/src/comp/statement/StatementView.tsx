import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useRouter } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { ApiProblem } from "../../api/api-fetch";
import { useTranslation } from "react-i18next";
import type { StatementLine } from "../../api/comp-types";
import { statementPath, useStatement } from "../../api/use-comp-statements";
import { useAppLocale } from "../../app/use-app-locale";
import { formatAttainment } from "../../format/format-percent";
import { ApiError } from "../shared/ApiError";
import { formatPeriodKey } from "../shared/period-keys";
import { formatRate } from "../shared/format-rate";
import { useMoney } from "../shared/use-money";
import { DisputeLineModal } from "./DisputeLineModal";
import { groupStatementLines } from "./group-statement-lines";
import { StatementGroupTable } from "./StatementGroupTable";
import { TraceModal } from "./TraceModal";

type Props = {
  personId: string;
  periodKey: string;
  canDispute: boolean;
  /** Shown instead of an error when there is no statement yet (404: not calculated, or not published for a rep). */
  notFound?: ReactNode;
  onDisputeOpened?: (id: string) => void;
  /** False where the page already says how far the next tier is (My pay). */
  showNextTier?: boolean;
};

/** A payee's statement for a period: lines by component (each explained), adjustments, totals, YTD and attainment. */
export function StatementView({
  personId,
  periodKey,
  canDispute,
  notFound,
  onDisputeOpened,
  showNextTier = true,
}: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const statement = useStatement(personId, periodKey);
  const [traced, setTraced] = useState<StatementLine | null>(null);
  const [disputed, setDisputed] = useState<StatementLine | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const router = useRouter();
  const disputeHref = `/comp/disputes?dispute=${opened ?? ""}`;

  if (notFound && statement.error instanceof ApiProblem && statement.error.status === 404) return notFound;
  if (statement.isError) return <ApiError error={statement.error} testId="statement-error" />;
  if (!statement.data) return <Skeleton h={320} aria-label={t("app.loading")} />;
  const s = statement.data;
  const cur = (amount: string) => money(amount, s.currency);
  const groups = groupStatementLines(s.lines);

  return (
    <Stack gap="md" data-testid="statement" data-person-id={s.payee.id} data-period={s.period.key}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {t("comp.statement.title", { name: s.payee.name, period: formatPeriodKey(s.period.key, locale) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t("comp.statement.plan", { plan: s.plan.name, version: s.plan.version })}{" "}
            <Badge variant="light" tt="none" component="span">
              {t(`comp.status.${s.status}`)}
            </Badge>
          </Text>
        </div>
        <Anchor href={`${statementPath(s.payee.id, s.period.key)}.pdf`} download data-testid="statement-pdf">
          {t("comp.statement.pdf")}
        </Anchor>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Figure
          label={t("comp.statement.total")}
          value={cur(s.totals.payable)}
          amount={s.totals.payable}
          id="total"
        />
        <Figure label={t("comp.earned")} value={cur(s.totals.earned)} amount={s.totals.earned} id="earned" />
        <Figure
          label={t("comp.statement.ytd")}
          value={cur(s.yearToDate.earned)}
          amount={s.yearToDate.earned}
          id="ytd"
        />
        <Figure
          label={t("comp.attainment")}
          value={formatAttainment(s.attainment.ratio ?? null, locale)}
          amount={s.attainment.ratio ?? ""}
          id="attainment"
          note={t("comp.statement.ytdAttainment", {
            value: formatAttainment(s.attainment.ytdRatio ?? null, locale),
          })}
        />
      </SimpleGrid>
      {showNextTier && s.nextTier ? (
        <Alert color="indigo" variant="light" data-testid="next-tier">
          {t("comp.nextTier", {
            amount: cur(s.nextTier.creditNeeded),
            ratio: formatAttainment(s.nextTier.atRatio, locale),
            rate: formatRate(s.nextTier.rate, locale),
            component: s.nextTier.component,
          })}
        </Alert>
      ) : null}

      {opened ? (
        <Alert color="teal" role="status" data-testid="dispute-opened" data-dispute-id={opened}>
          {t("comp.statement.disputeOpened")}{" "}
          <Anchor
            href={disputeHref}
            size="sm"
            onClick={(event) => {
              event.preventDefault();
              router.history.push(disputeHref);
            }}
          >
            {t("comp.statement.seeDispute")}
          </Anchor>
        </Alert>
      ) : null}
      {groups.length === 0 ? <Text c="dimmed">{t("comp.statement.noLines")}</Text> : null}
      {groups.map((group) => (
        <StatementGroupTable
          key={group.component}
          group={group}
          money={cur}
          canDispute={canDispute}
          onExplain={setTraced}
          onDispute={setDisputed}
        />
      ))}

      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="xs">
          {t("comp.adjustments")}
        </Title>
        {s.adjustments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("comp.adjustment.none")}
          </Text>
        ) : (
          <Table data-testid="statement-adjustments">
            <Table.Tbody>
              {s.adjustments.map((a) => (
                <Table.Tr key={a.id} data-amount={a.amount}>
                  <Table.Td>{a.reason}</Table.Td>
                  <Table.Td>{t(`comp.adjustment.kinds.${a.kind}`)}</Table.Td>
                  <Table.Td className="num">{money(a.amount, a.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" mt="xs" className="num" ta="left">
          {t("comp.statement.totalsLine", {
            payable: cur(s.totals.resultPayable),
            adjustments: cur(s.totals.adjustments),
            total: cur(s.totals.payable),
          })}
        </Text>
      </Paper>

      {traced ? (
        <TraceModal
          title={traced.component}
          amount={cur(traced.amount)}
          steps={traced.trace}
          onClose={() => setTraced(null)}
        />
      ) : null}
      {disputed ? (
        <DisputeLineModal
          line={disputed}
          amount={cur(disputed.amount)}
          onClose={() => setDisputed(null)}
          onOpened={(id) => {
            setDisputed(null);
            setOpened(id);
            onDisputeOpened?.(id);
          }}
        />
      ) : null}
    </Stack>
  );
}

function Figure(props: { label: string; value: string; amount: string; id: string; note?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={`statement-${props.id}`} data-amount={props.amount}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {props.label}
      </Text>
      <Text fz={24} fw={700} className="num" ta="left" data-testid="figure-value">
        {props.value}
      </Text>
      {props.note ? (
        <Text size="sm" c="dimmed">
          {props.note}
        </Text>
      ) : null}
    </Paper>
  );
}
