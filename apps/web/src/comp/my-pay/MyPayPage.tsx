import { Alert, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { ApiProblem } from "../../api/api-fetch";
import { useTranslation } from "react-i18next";
import { useMyPay } from "../../api/use-comp-statements";
import { usePeriods } from "../../api/use-comp-workflow";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { formatAttainment } from "../../format/format-percent";
import { ApiError } from "../shared/ApiError";
import { formatRate } from "../shared/format-rate";
import { formatPeriodKey } from "../shared/period-keys";
import { PeriodSelect } from "../shared/PeriodSelect";
import { useMoney } from "../shared/use-money";
import { useSearchState } from "../shared/use-search-state";
import { StatementView } from "../statement/StatementView";
import { WhatIfTable } from "./WhatIfTable";

/** The rep's own pay: this period and the year so far, attainment, the next tier, deals to close, the statement. */
export function MyPayPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const money = useMoney();
  const search = useSearchState();
  const periods = usePeriods();
  const known = periods.data?.map((p) => p.periodKey) ?? [];
  const chosen = search.get("period");
  const pay = useMyPay(chosen);
  // Without a choice the server answers for the latest calculated period: the tiles and the statement show that one.
  const periodKey = chosen ?? pay.data?.periodKey ?? undefined;
  const notCalculated = pay.error instanceof ApiProblem && pay.error.status === 404;
  const data = pay.data?.periodKey ? pay.data : undefined;
  const cur = (amount: string) => money(amount, data?.currency ?? me.workspace.reportingCurrency);

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("comp.myPay.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("comp.myPay.subtitle")}
          </Text>
        </div>
        <PeriodSelect value={periodKey} known={known} onChange={(key) => search.set({ period: key })} />
      </Group>
      {pay.isError && !notCalculated ? <ApiError error={pay.error} /> : null}
      {pay.isPending ? <Skeleton h={140} /> : null}
      {notCalculated || (pay.data && !pay.data.periodKey) ? (
        <Paper withBorder p="xl" ta="center" data-testid="my-pay-empty">
          <Text>
            {chosen
              ? t("comp.myPay.notCalculated", { period: formatPeriodKey(chosen, locale) })
              : t("comp.myPay.nothingYet")}
          </Text>
        </Paper>
      ) : null}
      {data ? (
        <>
          {data.provisional ? (
            <Group gap={6} data-testid="my-pay-provisional">
              <Badge variant="light" color="orange" tt="none">
                {t("comp.myPay.provisional")}
              </Badge>
              <Text size="sm" c="dimmed">
                {t("comp.myPay.provisionalHint")}
              </Text>
            </Group>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 4 }} data-testid="my-pay">
            <Tile
              label={t("comp.myPay.thisPeriod")}
              value={cur(data.earned)}
              id="earned"
              amount={data.earned}
            />
            <Tile
              label={t("comp.myPay.payable")}
              value={cur(data.payable)}
              id="payable"
              amount={data.payable}
            />
            <Tile
              label={t("comp.myPay.yearToDate")}
              value={cur(data.yearToDate?.earned ?? "0")}
              id="ytd"
              amount={data.yearToDate?.earned ?? "0"}
            />
            <Tile
              label={t("comp.attainment")}
              value={formatAttainment(data.attainment?.ratio ?? null, locale)}
              id="attainment"
              amount={data.attainment?.ratio ?? ""}
            />
          </SimpleGrid>
          {data.nextTier ? (
            <Alert color="indigo" variant="light" data-testid="my-next-tier">
              {t("comp.nextTier", {
                amount: cur(data.nextTier.creditNeeded),
                ratio: formatAttainment(data.nextTier.atRatio, locale),
                rate: formatRate(data.nextTier.rate, locale),
                component: data.nextTier.component,
              })}
            </Alert>
          ) : null}
        </>
      ) : null}
      {me.person && periodKey && data ? <MyStatement personId={me.person.id} periodKey={periodKey} /> : null}
      {me.person ? <WhatIfTable /> : null}
    </Stack>
  );
}

function MyStatement({ personId, periodKey }: { personId: string; periodKey: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <StatementView
        personId={personId}
        periodKey={periodKey}
        canDispute
        notFound={<NotPublished />}
        showNextTier={false}
      />
    </Paper>
  );
}

function NotPublished() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="statement-not-published">
      {t("comp.myPay.notPublished")}
    </Text>
  );
}

function Tile(props: { label: string; value: string; id: string; amount: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={`my-${props.id}`} data-amount={props.amount}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {props.label}
      </Text>
      <Text fz={26} fw={700} className="num" ta="left" data-testid="figure-value">
        {props.value}
      </Text>
    </Paper>
  );
}
