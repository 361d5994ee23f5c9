import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScenarioSummary } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { compareDecimalStrings } from "../../format/decimal-string";
import { formatHeads, formatShare } from "../shared/format-plan-amount";
import type { FigureRow } from "./compare-figures";

type Props = { base: ScenarioSummary; other: ScenarioSummary; rows: FigureRow[] };

/** Each figure of the two scenarios, and how the second differs. */
export function FiguresTable({ base, other, rows }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const show = (row: FigureRow, value: string | null, signed = false) => {
    if (value === null) return "—";
    const sign = signed && compareDecimalStrings(value, "0") > 0 ? "+" : "";
    if (row.kind === "money") return sign + money(value, base.currency);
    if (row.kind === "share") return sign + formatShare(value, locale);
    if (row.kind === "heads") return sign + formatHeads(value, locale);
    return sign + value;
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="compare-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("planning.wizard.figure")}</Table.Th>
            <Table.Th scope="col" ta="right" data-testid="compare-base-name">
              {base.name}
            </Table.Th>
            <Table.Th scope="col" ta="right" data-testid="compare-other-name">
              {other.name}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.compare.delta")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-figure={row.id}
              data-base={row.base ?? ""}
              data-other={row.other ?? ""}
            >
              <Table.Th scope="row">{t(`planning.compare.figures.${row.id}`)}</Table.Th>
              <Table.Td className="num" data-side="base">
                {show(row, row.base)}
              </Table.Td>
              <Table.Td className="num" data-side="other">
                {show(row, row.other)}
              </Table.Td>
              <Table.Td className="num" fw={600}>
                {show(row, row.delta, true)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
