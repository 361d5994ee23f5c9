import { Paper, Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Scenario } from "../../api/planning-types";
import { useReconciliation } from "../../api/use-planning-analysis";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { compareDecimalStrings } from "../../format/decimal-string";
import { formatPlanAmount, formatShare } from "../shared/format-plan-amount";

/** Top-down against bottom-up at every level: what the target asks of a node, what its people and accounts can give. */
export function ReconciliationPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const reconciliation = useReconciliation(scenario.id);
  if (reconciliation.isError) return <ApiError error={reconciliation.error} />;
  if (!reconciliation.data) return <Skeleton h={360} />;
  const amount = (value: string) => formatPlanAmount(value, locale);
  const gap = (value: string) => (
    <span className={compareDecimalStrings(value, "0") > 0 ? "plan-gap-negative" : undefined}>
      {amount(value)}
    </span>
  );
  return (
    <Paper withBorder radius="md" p="xs">
      <Table.ScrollContainer minWidth={960} maxHeight={640}>
        <Table striped stickyHeader data-testid="reconciliation">
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text span size="sm" c="dimmed">
              {t("planning.reconciliation.caption", { currency: scenario.currency })}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.grid.node")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.grid.topDown")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.capacity")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.capacityGap")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.ratio")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.potential")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.potentialGap")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.reconciliation.ratio")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reconciliation.data.rows.map((row) => (
              <Table.Tr key={row.id} data-node-id={row.id}>
                <Table.Th scope="row" pl={8 + row.depth * 16} fw={row.kind === "person" ? 400 : 600}>
                  {row.name}
                </Table.Th>
                <Table.Td className="num">{amount(row.topDown)}</Table.Td>
                <Table.Td className="num">{amount(row.capacity)}</Table.Td>
                <Table.Td className="num">{gap(row.capacityGap)}</Table.Td>
                <Table.Td className="num">{formatShare(row.capacityGapRatio, locale)}</Table.Td>
                <Table.Td className="num">{amount(row.potential)}</Table.Td>
                <Table.Td className="num">{gap(row.potentialGap)}</Table.Td>
                <Table.Td className="num">{formatShare(row.potentialGapRatio, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t("planning.reconciliation.hint")}
      </Text>
    </Paper>
  );
}
