import { Table, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RevenueVsTarget } from "../api/types";
import { useAppLocale } from "../app/use-app-locale";
import { formatMonth } from "../format/format-date";
import { formatMoney } from "../format/format-money";
import { AttainmentCell } from "./AttainmentCell";
import type { DrillDown } from "./drill-down";

type Props = { data: RevenueVsTarget; onDrill: (drill: DrillDown) => void };

export function MonthTable({ data, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = (amount: string) => formatMoney(amount, data.currency, locale);
  const numericHeader = (label: string) => (
    <Table.Th scope="col" ta="right">
      {label}
    </Table.Th>
  );

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid="month-table">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span size="sm" c="dimmed">
            {t("revenue.table.monthsCaption")}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("revenue.table.month")}</Table.Th>
            {numericHeader(t("revenue.table.bookings"))}
            {numericHeader(t("revenue.table.target"))}
            {numericHeader(t("revenue.table.attainment"))}
            {numericHeader(t("revenue.chart.cumulativeBookings"))}
            {numericHeader(t("revenue.chart.cumulativeTarget"))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.months.map((m) => {
            const label = formatMonth(m.month, locale, "long");
            return (
              <Table.Tr key={m.month} data-month={m.month}>
                <Table.Th scope="row" fw={500}>
                  {label}
                </Table.Th>
                <Table.Td className="num">
                  <UnstyledButton
                    className="drill"
                    fz="sm"
                    data-testid="month-bookings"
                    aria-label={t("revenue.table.drillMonth", { month: label, amount: money(m.bookings) })}
                    onClick={() => onDrill({ kind: "month", month: m.month, amount: m.bookings })}
                  >
                    {money(m.bookings)}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td className="num" data-testid="month-target">
                  {money(m.target)}
                </Table.Td>
                <AttainmentCell ratio={m.attainment} />
                <Table.Td className="num">{money(m.cumulativeBookings)}</Table.Td>
                <Table.Td className="num">{money(m.cumulativeTarget)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
