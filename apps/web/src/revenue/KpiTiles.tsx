import { Group, Paper, Progress, SimpleGrid, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RevenueVsTarget } from "../api/types";
import { useAppLocale } from "../app/use-app-locale";
import { compareDecimalStrings, subtractDecimalStrings } from "../format/decimal-string";
import { formatMoney } from "../format/format-money";
import { formatCount } from "../format/format-count";
import { formatAttainment } from "../format/format-percent";
import type { DrillDown } from "./drill-down";

type Props = { data: RevenueVsTarget; onDrill: (drill: DrillDown) => void };

export function KpiTiles({ data, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const { totals, currency } = data;
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const gap = subtractDecimalStrings(totals.target, totals.bookings);
  const ahead = compareDecimalStrings(gap, "0") <= 0;
  // Display only: the bar needs a number.
  const progress = totals.attainment === null ? 0 : Math.min(100, Number(totals.attainment) * 100);

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Paper withBorder radius="md" p="md" data-testid="kpi-bookings">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {t("revenue.kpi.bookings")}
        </Text>
        <Text fz={28} fw={700} className="num" ta="left" data-testid="kpi-value">
          {money(totals.bookings)}
        </Text>
        <UnstyledButton
          className="drill"
          fz="sm"
          title={t("revenue.kpi.showLines")}
          onClick={() => onDrill({ kind: "period", amount: totals.bookings })}
        >
          {t("revenue.kpi.lines", { count: totals.lines, value: formatCount(totals.lines, locale) })}
        </UnstyledButton>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="kpi-target">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {t("revenue.kpi.target")}
        </Text>
        <Text fz={28} fw={700} className="num" ta="left" data-testid="kpi-value">
          {money(totals.target)}
        </Text>
        <Text size="sm" c={ahead ? "teal.7" : "dimmed"} className="num" ta="left">
          {compareDecimalStrings(totals.target, "0") === 0
            ? t("revenue.kpi.noTarget")
            : ahead
              ? t("revenue.kpi.ahead", { amount: money(subtractDecimalStrings("0", gap)) })
              : t("revenue.kpi.gap", { amount: money(gap) })}
        </Text>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="kpi-attainment">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {t("revenue.kpi.attainment")}
        </Text>
        <Group justify="space-between" align="baseline">
          <Text fz={28} fw={700} className="num" ta="left" data-testid="kpi-value">
            {formatAttainment(totals.attainment, locale)}
          </Text>
        </Group>
        <Progress
          value={progress}
          color={ahead ? "teal" : "indigo"}
          size="md"
          mt={8}
          aria-label={t("revenue.kpi.attainment")}
        />
      </Paper>
    </SimpleGrid>
  );
}
