import { Group, Progress, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKpiText } from "../use-kpi-text";
import { useWidgetBreakdowns } from "./use-widget-breakdowns";
import { WidgetState } from "./WidgetState";
import type { WidgetView } from "./widget-view";

/** A ranked list (best first, as the API sorts) with a bar per row; each value lists its rows. */
export function LeaderboardWidget({ widget, filters, onDrill }: WidgetView) {
  const { t } = useTranslation();
  const text = useKpiText();
  const key = widget.kpis[0] ?? "";
  const [query] = useWidgetBreakdowns(widget, filters, 10);
  const data = query?.data;
  if (!query || !data) return <WidgetState query={query} />;
  if (data.rows.length === 0) return <Text c="dimmed">{t("dashboards.widget.noData")}</Text>;
  // Display only: bar lengths relative to the largest value.
  const largest = Math.max(0, ...data.rows.map((r) => Math.abs(Number(r.value ?? 0))));
  return (
    <Stack
      gap={6}
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: "none", overflowY: "auto" }}
      data-testid="leaderboard"
    >
      {data.rows.map((row, index) => {
        const formatted = text.format(key, row.value, data.currency);
        return (
          <li key={row.id} data-row-id={row.id} data-value={row.value ?? ""}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" c="dimmed" w={22} className="num">
                {index + 1}
              </Text>
              <Text size="sm" style={{ flex: 1 }} truncate title={row.label}>
                {row.label}
              </Text>
              {row.value === null ? (
                <Text size="sm" c="dimmed" title={row.reason?.message}>
                  —
                </Text>
              ) : (
                <UnstyledButton
                  className="drill"
                  fz="sm"
                  onClick={() =>
                    onDrill({ key, dimension: data.by, dimensionValue: row.id, label: row.label })
                  }
                  aria-label={t("dashboards.row.drill", { name: row.label, value: formatted })}
                >
                  {formatted}
                </UnstyledButton>
              )}
            </Group>
            <Progress
              value={largest > 0 ? (Math.abs(Number(row.value ?? 0)) / largest) * 100 : 0}
              size="xs"
              ml={30}
              color="indigo"
              aria-hidden="true"
            />
          </li>
        );
      })}
    </Stack>
  );
}
