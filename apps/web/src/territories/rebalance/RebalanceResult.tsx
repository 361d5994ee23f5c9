import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryMapData, TerritoryPlan } from "../../api/territory-types";
import { useApplyOptimisation, useOptimisation } from "../../api/use-territory-balancing";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { toIntlLocale } from "../../format/locale";
import { TerritoryMap } from "../map/TerritoryMap";
import { MetricsTable } from "../shared/MetricsTable";
import { movedAssignment } from "./moved-assignment";
import { readSolverReport } from "./solver-report";

type Props = {
  plan: TerritoryPlan;
  runId: string;
  map: TerritoryMapData | undefined;
  colours: Map<string, string>;
  onDone: () => void;
};

const SHOWN_MOVES = 100;

/** A balancing run: waiting, then before/after maps and equity, the moves, and Apply (or discard). */
export function RebalanceResult({ plan, runId, map, colours, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const run = useOptimisation(runId);
  const apply = useApplyOptimisation();
  const result = run.data?.result ?? null;
  const after = useMemo(() => movedAssignment(result?.moves ?? []), [result]);
  const solver = readSolverReport(result?.solver);
  const name = new Map(plan.territories.map((x) => [x.id, x.name]));
  const percent = new Intl.NumberFormat(toIntlLocale(locale), { style: "percent", maximumFractionDigits: 2 });
  const status = run.data?.status;

  return (
    <Paper withBorder radius="md" p="md" data-testid="rebalance-result" data-status={status ?? "loading"}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("territories.rebalance.resultTitle")}
          </Title>
          <Button variant="subtle" onClick={onDone}>
            {status === "applied" ? t("territories.close") : t("territories.rebalance.discard")}
          </Button>
        </Group>
        {run.isError ? <ApiError error={run.error} /> : null}
        {status === "queued" || status === "running" || (!run.data && !run.isError) ? (
          <Group data-testid="rebalance-running">
            <Loader size="sm" />
            <Text size="sm">{t(`territories.rebalance.status.${status ?? "queued"}`)}</Text>
          </Group>
        ) : null}
        {status === "failed" && run.data?.error ? (
          <Alert color="red" title={run.data.error.title} data-testid="rebalance-failed">
            {run.data.error.errors.map((e) => (
              <Text key={e.path + e.message} size="sm">
                {e.path}: {e.message}
              </Text>
            ))}
          </Alert>
        ) : null}
        {result ? (
          <>
            <Group
              gap="lg"
              data-testid="rebalance-summary"
              data-moves={result.moves.length}
              data-method={result.method}
            >
              <Text size="sm">
                {t("territories.rebalance.moves", {
                  count: result.after.accountsMoved,
                  formatted: formatCount(result.after.accountsMoved, locale),
                  potential: money(result.after.potentialMoved, plan.currency),
                })}
              </Text>
              <Text size="sm">
                {t("territories.rebalance.method")}:{" "}
                {t(`territories.rebalance.methodUsed.${result.method}`, { defaultValue: result.method })}
              </Text>
              {solver ? (
                <Text size="sm" data-testid="solver-status" data-solver-status={solver.status}>
                  {t("territories.rebalance.solver", {
                    status: solver.status,
                    gap: solver.gap === null ? "—" : percent.format(solver.gap),
                  })}
                </Text>
              ) : null}
              {run.data?.seconds !== null && run.data?.seconds !== undefined ? (
                <Text size="sm" c="dimmed">
                  {t("territories.rebalance.seconds", { seconds: run.data.seconds.toFixed(1) })}
                </Text>
              ) : null}
            </Group>
            {map ? (
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <TerritoryMap
                  data={map}
                  colours={colours}
                  currency={plan.currency}
                  height={380}
                  moved={after.moved}
                  testId="map-before"
                  title={t("territories.rebalance.before")}
                />
                <TerritoryMap
                  data={map}
                  colours={colours}
                  currency={plan.currency}
                  height={380}
                  assignment={after.assignment}
                  moved={after.moved}
                  testId="map-after"
                  title={t("territories.rebalance.after")}
                />
              </SimpleGrid>
            ) : null}
            <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: "start" }}>
              <MetricsTable
                before={result.before}
                after={result.after}
                beforeLabel={t("territories.rebalance.before")}
                afterLabel={t("territories.rebalance.after")}
                currency={plan.currency}
                testId="rebalance-metrics"
              />
              <ScrollArea.Autosize mah={420} type="auto">
                <Table data-testid="moves-table" withTableBorder stickyHeader>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("territories.rebalance.account")}</Table.Th>
                      <Table.Th scope="col">{t("territories.rebalance.from")}</Table.Th>
                      <Table.Th scope="col">{t("territories.rebalance.to")}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t("territories.accounts.potential")}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.moves.slice(0, SHOWN_MOVES).map((m) => (
                      <Table.Tr key={m.accountId} data-testid="move-row" data-account-id={m.accountId}>
                        <Table.Th scope="row" fw={400}>
                          {m.name}
                        </Table.Th>
                        <Table.Td>
                          {m.fromTerritoryId
                            ? (name.get(m.fromTerritoryId) ?? "—")
                            : t("territories.unassigned")}
                        </Table.Td>
                        <Table.Td>{name.get(m.toTerritoryId) ?? "—"}</Table.Td>
                        <Table.Td className="num">{money(m.potential, plan.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </SimpleGrid>
            {result.moves.length > SHOWN_MOVES ? (
              <Text size="xs" c="dimmed">
                {t("territories.rebalance.moreMoves", { count: result.moves.length - SHOWN_MOVES })}
              </Text>
            ) : null}
            {apply.isError ? <ApiError error={apply.error} /> : null}
            {status === "applied" ? (
              <Alert color="teal" data-testid="rebalance-applied">
                {t("territories.rebalance.applied", { count: result.moves.length })}
              </Alert>
            ) : (
              <Group justify="flex-end">
                <Button
                  color="teal"
                  disabled={status !== "done" || plan.status !== "draft"}
                  loading={apply.isPending}
                  data-testid="apply-rebalance"
                  onClick={() => apply.mutate({ id: runId, baseRevision: plan.revision })}
                >
                  {t("territories.rebalance.apply", { count: result.moves.length })}
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
