import { Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScenarioComparison } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatPlanAmount } from "../shared/format-plan-amount";

/** Every node's annual quota in both scenarios and the difference. */
export function NodeDeltaTable({
  nodes,
  currency,
}: {
  nodes: ScenarioComparison["nodes"];
  currency: string;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const amount = (value: string | null) => (value === null ? "—" : formatPlanAmount(value, locale));
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="xs">
        {t("planning.compare.nodesTitle")}
      </Title>
      <Table.ScrollContainer minWidth={640} maxHeight={560}>
        <Table striped stickyHeader data-testid="compare-nodes">
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text span size="sm" c="dimmed">
              {t("planning.compare.nodesCaption", { currency })}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.grid.node")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.compare.base")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.compare.other")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.compare.delta")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((node) => (
              <Table.Tr key={node.nodeId} data-node-id={node.nodeId}>
                <Table.Th scope="row" pl={8 + node.depth * 16} fw={node.kind === "person" ? 400 : 600}>
                  {node.name}
                </Table.Th>
                <Table.Td className="num">{amount(node.base)}</Table.Td>
                <Table.Td className="num">{amount(node.other)}</Table.Td>
                <Table.Td className="num" fw={600}>
                  {amount(node.delta)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
