import { ScrollArea, Table, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ForecastTrend } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatDate } from "../../format/format-date";

type Props = { trend: ForecastTrend; visible: boolean };

/** The trend's points as a table: shown on request, and always there for assistive technology. */
export function TrendTable({ trend, visible }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const format = (amount: string | null) => (amount === null ? "—" : money(amount, trend.currency));
  const kindLabel = (kind: string) =>
    kind === "weekly" || kind === "manual" || kind === "close" ? t(`forecast.trend.kinds.${kind}`) : kind;
  const table = (
    <Table striped verticalSpacing={4} data-testid="trend-table">
      <caption style={{ captionSide: "top", textAlign: "left" }}>
        {t("forecast.trend.tableCaption", { name: trend.name, period: trend.period.label })}
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("forecast.trend.takenOn")}</Table.Th>
          <Table.Th scope="col">{t("forecast.trend.kind")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.categories.closed")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.grid.commitForecast")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.grid.bestCaseForecast")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.categories.pipeline")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.trend.statisticalExpected")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.trend.band")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trend.points.map((p) => (
          <Table.Tr
            key={`${p.takenOn}-${p.kind}`}
            data-taken-on={p.takenOn}
            data-kind={p.kind}
            data-commit-forecast={p.commitForecast}
            data-best-case-forecast={p.bestCaseForecast}
            data-closed={p.closed}
          >
            <Table.Th scope="row">{formatDate(p.takenOn, locale)}</Table.Th>
            <Table.Td>{kindLabel(p.kind)}</Table.Td>
            <Table.Td className="num">{format(p.closed)}</Table.Td>
            <Table.Td className="num">{format(p.commitForecast)}</Table.Td>
            <Table.Td className="num">{format(p.bestCaseForecast)}</Table.Td>
            <Table.Td className="num">{format(p.pipeline)}</Table.Td>
            <Table.Td className="num">{format(p.statisticalExpected)}</Table.Td>
            <Table.Td className="num">
              {p.statisticalLow === null ? "—" : `${format(p.statisticalLow)} – ${format(p.statisticalHigh)}`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  const wrap = (content: ReactNode) =>
    visible ? <ScrollArea type="auto">{content}</ScrollArea> : <VisuallyHidden>{content}</VisuallyHidden>;
  return wrap(table);
}
