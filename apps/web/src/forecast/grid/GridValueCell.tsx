import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ForecastCategory, GridCell } from "../../api/forecast-types";
import { useMoney } from "../../comp/shared/use-money";
import { describeCell, overrideLabelParts } from "./describe-cell";

// A marker keeps its full word when the column is narrow (the figure beside it never wraps).
const noShrink = { flexShrink: 0, minWidth: "fit-content", overflow: "visible" } as const;

type Props = { category: ForecastCategory; cell: GridCell; currency: string; isNode: boolean };

/**
 * One category of one person: the number the node sees, marked when it is an override (with the person's own call
 * beside it) or the person's own call. On the node's own row, a call hides the team's roll-up, so that is shown too.
 */
export function GridValueCell({ category, cell, currency, isNode }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = (amount: string) => money(amount, currency);
  const description = describeCell(cell);
  const label = overrideLabelParts(description, format, t("forecast.grid.noCall"));
  return (
    <Table.Td
      ta="right"
      className="num"
      data-testid={`cell-${category}`}
      data-value={cell.value}
      data-call={cell.call ?? ""}
      data-rollup={cell.rollup}
      data-source={description.source}
    >
      <Stack gap={2} align="flex-end">
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {description.source === "override" ? (
            <Badge size="xs" color="orange" variant="light" style={noShrink} data-testid="override-marker">
              {t("forecast.grid.overrideMarker")}
            </Badge>
          ) : description.source === "call" && category !== "closed" ? (
            <Badge size="xs" color="blue" variant="light" style={noShrink}>
              {t("forecast.grid.ownCallMarker")}
            </Badge>
          ) : null}
          <Text size="sm" fw={isNode ? 700 : 500} data-testid="cell-value">
            {format(cell.value)}
          </Text>
        </Group>
        {label ? (
          <Text
            size="xs"
            c="dimmed"
            maw={200}
            ta="right"
            style={{ whiteSpace: "normal" }}
            data-testid="override-label"
          >
            {label.note
              ? t("forecast.grid.overrideLabel", { ...label, note: label.note })
              : t("forecast.grid.overrideLabelNoNote", label)}
          </Text>
        ) : null}
        {isNode && category !== "closed" && description.source === "call" ? (
          <Text size="xs" c="dimmed" data-testid="team-rollup">
            {t("forecast.grid.teamRollup", { amount: format(cell.rollup) })}
          </Text>
        ) : null}
      </Stack>
    </Table.Td>
  );
}
