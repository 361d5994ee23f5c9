import { Anchor, Group, Paper, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { PipelineOpportunity } from "../../api/pipeline-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { RiskFlagBadges } from "../shared/RiskFlagBadges";

/** One deal on the board: name (a link to the deal), owner, amount, close date and its risk flags. */
export function DealCard({ deal, currency }: { deal: PipelineOpportunity; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const amount = deal.reportingAmount ?? deal.amount;
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      data-testid="deal-card"
      data-opportunity-id={deal.id}
      data-flags={deal.flags.map((f) => f.kind).join(" ")}
    >
      <Anchor component={Link} to={`/pipeline/deals/${deal.id}`} fw={600} size="sm" lineClamp={2}>
        {deal.name}
      </Anchor>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[deal.accountName, deal.ownerName ?? t("pipeline.deal.noOwner")].filter(Boolean).join(" · ")}
      </Text>
      <Group justify="space-between" gap={4} mt={4} wrap="nowrap">
        <Text size="sm" fw={600} className="num">
          {amount === null
            ? "—"
            : formatMoney(amount, deal.reportingAmount === null ? deal.currency : currency, locale)}
        </Text>
        <Text size="xs" c="dimmed">
          {deal.closeDate ? formatDate(deal.closeDate, locale) : t("pipeline.deal.noCloseDate")}
        </Text>
      </Group>
      {deal.flags.length > 0 ? (
        <div style={{ marginTop: 6 }}>
          <RiskFlagBadges flags={deal.flags} />
        </div>
      ) : null}
    </Paper>
  );
}
