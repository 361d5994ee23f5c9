import { Badge, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PipelineOpportunity } from "../../api/pipeline-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { formatAttainment } from "../../format/format-percent";
import { formatDays } from "../shared/format-ratio";
import { RiskFlagBadges } from "../shared/RiskFlagBadges";

function Figure({ id, label, value, sub }: { id: string; label: string; value: string; sub?: string }) {
  return (
    <div data-testid={`deal-${id}`}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fw={700} className="num" ta="left">
        {value}
      </Text>
      {sub ? (
        <Text size="xs" c="dimmed" className="num" ta="left">
          {sub}
        </Text>
      ) : null}
    </div>
  );
}

/** Who, how much, how likely: the deal's figures and its risk flags. */
export function DealHeader({
  deal,
  reportingCurrency,
}: {
  deal: PipelineOpportunity;
  reportingCurrency: string;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const amount = deal.amount === null ? "—" : formatMoney(deal.amount, deal.currency, locale);
  // A deal in another currency also shows what it counts for in the reporting currency.
  const reporting =
    deal.currency !== reportingCurrency && deal.reportingAmount !== null
      ? formatMoney(deal.reportingAmount, reportingCurrency, locale)
      : undefined;
  return (
    <Paper withBorder radius="md" p="md" data-testid="deal-header">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={1} size="h2">
            {deal.name}
          </Title>
          <Text c="dimmed" size="sm">
            {[deal.accountName, deal.ownerName, t(`pipeline.type.${deal.type}`), deal.source]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </div>
        <Group gap={6}>
          <Badge
            variant="outline"
            tt="none"
            color={deal.stageKnown ? "indigo" : "red"}
            data-testid="deal-stage"
          >
            {deal.stage}
          </Badge>
          <Badge
            variant="light"
            tt="none"
            color={deal.status === "won" ? "teal" : deal.status === "lost" ? "gray" : "blue"}
          >
            {t(`pipeline.status.${deal.status}`)}
          </Badge>
          <Badge variant="light" tt="none" color="grape">
            {t(`pipeline.category.${deal.forecastCategory}`)}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" mt="sm">
        <Figure id="amount" label={t("pipeline.table.amount")} value={amount} sub={reporting} />
        <Figure
          id="probability"
          label={t("pipeline.deal.probability")}
          value={formatAttainment(deal.probability, locale)}
        />
        <Figure
          id="weighted"
          label={t("pipeline.table.weighted")}
          // Weighted = reporting amount × probability: in the reporting currency.
          value={deal.weighted === null ? "—" : formatMoney(deal.weighted, reportingCurrency, locale)}
        />
        <Figure
          id="closeDate"
          label={t("pipeline.table.closeDate")}
          value={deal.closeDate ? formatDate(deal.closeDate, locale) : "—"}
        />
        <Figure id="age" label={t("pipeline.table.age")} value={formatDays(deal.ageDays, locale)} />
        <Figure
          id="daysInStage"
          label={t("pipeline.table.daysInStage")}
          value={formatDays(deal.daysInStage, locale)}
        />
      </SimpleGrid>
      {deal.flags.length > 0 ? (
        <div style={{ marginTop: 12 }} data-testid="deal-flags">
          <RiskFlagBadges flags={deal.flags} size="sm" />
        </div>
      ) : null}
    </Paper>
  );
}
