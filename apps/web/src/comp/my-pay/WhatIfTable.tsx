import { Button, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WhatIfDeal } from "../../api/comp-types";
import { useWhatIf } from "../../api/use-comp-statements";
import { useAppLocale } from "../../app/use-app-locale";
import { formatAttainment } from "../../format/format-percent";
import { ApiError } from "../shared/ApiError";
import { formatPeriodKey } from "../shared/period-keys";
import { useMoney } from "../shared/use-money";
import { TraceModal } from "../statement/TraceModal";

const dealsShownAtFirst = 10;

/**
 * Open deals with "what if I close this deal": the commission it would add and the attainment it would bring, in
 * the period a deal closed today falls in (which may not be the period shown above it).
 */
export function WhatIfTable() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const whatIf = useWhatIf();
  const [traced, setTraced] = useState<WhatIfDeal | null>(null);
  const [all, setAll] = useState(false);
  if (whatIf.isError) return <ApiError error={whatIf.error} />;
  const data = whatIf.data;
  if (!data) return null;
  const cur = (amount: string) => money(amount, data.planCurrency);
  const deals = all ? data.items : data.items.slice(0, dealsShownAtFirst);

  return (
    <Paper withBorder radius="md" p="xs">
      <Table data-testid="my-opportunities">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span fw={600}>
            {t("comp.myPay.opportunities")}
          </Text>{" "}
          <Text span size="sm" c="dimmed">
            {t("comp.myPay.whatIfPeriod", { period: formatPeriodKey(data.periodKey, locale) })}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("comp.myPay.deal")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.amount")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.myPay.estimate")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.attainment")}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t("comp.statement.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm">
                  {t("comp.myPay.noOpportunities")}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {deals.map((deal) => (
            <Table.Tr key={deal.opportunityId} data-opportunity-id={deal.opportunityId}>
              <Table.Td>{deal.name}</Table.Td>
              <Table.Td className="num">{money(deal.amount, deal.currency)}</Table.Td>
              <Table.Td
                className="num"
                fw={600}
                data-amount={deal.estimatedCommission ?? ""}
                data-testid="what-if"
              >
                {deal.estimatedCommission !== null
                  ? `+${cur(deal.estimatedCommission)}`
                  : (deal.problem ?? "—")}
              </Table.Td>
              <Table.Td className="num">
                {t("comp.myPay.whatIfAttainment", {
                  before: formatAttainment(deal.attainmentBefore, locale),
                  after: formatAttainment(deal.attainmentAfter, locale),
                })}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={deal.trace.length === 0}
                  onClick={() => setTraced(deal)}
                  aria-label={t("comp.myPay.whatIfFor", { name: deal.name })}
                >
                  {t("comp.statement.why")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data.items.length > dealsShownAtFirst ? (
        <Button variant="subtle" size="compact-sm" m={4} onClick={() => setAll((a) => !a)}>
          {all ? t("comp.showFewer") : t("comp.showAll", { count: data.items.length })}
        </Button>
      ) : null}
      {traced ? (
        <TraceModal
          title={traced.name}
          amount={traced.estimatedCommission ? cur(traced.estimatedCommission) : ""}
          steps={traced.trace}
          onClose={() => setTraced(null)}
        />
      ) : null}
    </Paper>
  );
}
