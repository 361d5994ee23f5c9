import { Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKpiFunnel } from "../../api/use-kpis";
import { formatCount } from "../../format/format-count";
import { formatKpiValue } from "../format/format-kpi-value";
import { useKpiText } from "../use-kpi-text";
import { WidgetState } from "./WidgetState";
import type { WidgetView } from "./widget-view";

/** The funnel as horizontal bars: each step's count, its conversion from the step before and the median days. */
export function FunnelWidget({ widget, filters, onDrill }: WidgetView) {
  const { t } = useTranslation();
  const text = useKpiText();
  const query = useKpiFunnel(widget.funnel ?? "sales", filters);
  const data = query.data;
  if (!data) return <WidgetState query={query} />;
  const first = data.steps[0]?.count ?? 0;
  const locale = text.locale;
  return (
    <Stack
      gap={6}
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: "none", overflowY: "auto" }}
      data-testid="funnel"
    >
      {data.steps.map((step) => {
        // `drillKey` names a KPI or a measure; the rows route takes either.
        const drill = { key: step.drillKey, label: step.label };
        const count = formatCount(step.count, locale);
        // Display only: the bar's length.
        const share = first > 0 ? Math.max(2, (step.count / first) * 100) : 0;
        return (
          <li key={step.key} data-step={step.key} data-count={step.count}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate title={step.label}>
                {t(`dashboards.funnelSteps.${step.key}`, { defaultValue: step.label })}
              </Text>
              <Group gap="sm" wrap="nowrap">
                {step.conversion !== null ? (
                  <Text size="xs" c="dimmed" className="num">
                    {t("dashboards.funnel.conversion", {
                      value: formatKpiValue(step.conversion, "percent", data.currency, locale),
                    })}
                  </Text>
                ) : null}
                {step.medianDays !== null ? (
                  <Text size="xs" c="dimmed" className="num">
                    {t("dashboards.funnel.median", {
                      value: formatKpiValue(step.medianDays, "days", data.currency, locale),
                    })}
                  </Text>
                ) : null}
                {step.count > 0 ? (
                  <UnstyledButton
                    className="drill"
                    fz="sm"
                    onClick={() => onDrill(drill)}
                    aria-label={t("dashboards.row.drill", { name: step.label, value: count })}
                  >
                    {count}
                  </UnstyledButton>
                ) : (
                  <Text size="sm" className="num">
                    {count}
                  </Text>
                )}
              </Group>
            </Group>
            <Box h={10} bg="indigo.1" style={{ borderRadius: 4 }} aria-hidden="true">
              <Box h={10} w={`${share}%`} bg="indigo.5" style={{ borderRadius: 4 }} />
            </Box>
          </li>
        );
      })}
    </Stack>
  );
}
