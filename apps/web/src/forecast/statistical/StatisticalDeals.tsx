import { Button, Paper, ScrollArea, Table, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatisticalForecast } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { formatAttainment } from "../../format/format-percent";

const pageSize = 25;

/** The open deals behind the statistical figure, with their win probability and chance of closing in the period. */
export function StatisticalDeals({ forecast }: { forecast: StatisticalForecast }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const [shown, setShown] = useState(pageSize);
  const deals = forecast.deals.slice(0, shown);
  const format = (amount: string | null) => (amount === null ? "—" : money(amount, forecast.currency));
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="xs">
        {t("forecast.statistical.deals")}
      </Title>
      <ScrollArea type="auto">
        <Table striped verticalSpacing={4} data-testid="statistical-deals" style={{ minWidth: 900 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("forecast.statistical.deal")}</Table.Th>
              <Table.Th scope="col">{t("forecast.statistical.owner")}</Table.Th>
              <Table.Th scope="col">{t("forecast.statistical.stage")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.amount")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.winProbability")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.closeInPeriod")}
              </Table.Th>
              <Table.Th scope="col">{t("forecast.statistical.expectedClose")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.expectedValue")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deals.map((d) => (
              <Table.Tr key={d.opportunityId} data-opportunity-id={d.opportunityId}>
                <Table.Th scope="row">{d.name}</Table.Th>
                <Table.Td>{d.ownerName ?? "—"}</Table.Td>
                <Table.Td>{d.stage}</Table.Td>
                <Table.Td className="num">{format(d.reportingAmount)}</Table.Td>
                <Table.Td className="num">{formatAttainment(d.winProbability, locale)}</Table.Td>
                <Table.Td className="num">{formatAttainment(d.closeInPeriodProbability, locale)}</Table.Td>
                <Table.Td>{d.expectedCloseDate ? formatDate(d.expectedCloseDate, locale) : "—"}</Table.Td>
                <Table.Td className="num">{format(d.expectedValue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {forecast.deals.length > shown ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown((n) => n + pageSize * 4)}>
          {t("forecast.statistical.moreDeals", {
            shown: formatCount(shown, locale),
            total: formatCount(forecast.deals.length, locale),
          })}
        </Button>
      ) : null}
    </Paper>
  );
}
