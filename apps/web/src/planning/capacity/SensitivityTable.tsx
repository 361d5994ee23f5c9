import { Paper, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SensitivityRow } from "../../api/planning-types";
import { subtractDecimalStrings } from "../../format/decimal-string";
import { fractionToPercent } from "../wizard/percent-text";

/** The words' values: attrition "+5 points" from "0.05", productivity "−10%" from a ratio of "0.9". */
function variationValues(variation: SensitivityRow["variation"]): Record<string, string | number> {
  switch (variation.kind) {
    case "attrition_points":
      return { points: fractionToPercent(variation.points) };
    case "productivity_ratio":
      return { percent: fractionToPercent(subtractDecimalStrings("1", variation.ratio)) };
    default:
      return { count: variation.months };
  }
}

/**
 * How the capacity and the hires move if one assumption is worse than planned. `formatValue` draws capacity in the
 * role's unit (money in the measure, or heads covered).
 */
export function SensitivityTable({
  rows,
  formatValue,
  title,
}: {
  rows: SensitivityRow[];
  formatValue: (value: string) => string;
  title?: string;
}) {
  const { t } = useTranslation();
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {title ?? t("planning.capacity.sensitivityTitle")}
      </Title>
      <Table striped data-testid="sensitivity">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("planning.capacity.variation")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.capacity")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.capacityDelta")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.hires")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.variation.kind}-${row.label}`}>
              <Table.Th scope="row">
                {t(`planning.capacity.variations.${row.variation.kind}`, variationValues(row.variation))}
              </Table.Th>
              <Table.Td className="num">{formatValue(row.totalCapacity)}</Table.Td>
              <Table.Td className="num">{formatValue(row.capacityDelta)}</Table.Td>
              <Table.Td className="num">
                {row.hires} ({signed(row.hiresDelta)})
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
