import { Badge, Group, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKpiText } from "../use-kpi-text";
import { statusColor } from "./kpi-status";
import { isQualitativeKpi } from "./widget-requests";
import type { WidgetView } from "./widget-view";

/** Managers' evaluation scores beside the quantitative KPIs of the same scope and period. */
export function QualitativeWidget({ widget, values, context, onDrill }: WidgetView) {
  const { t } = useTranslation();
  const text = useKpiText();
  const currency = context?.currency ?? "EUR";
  const own = widget.kpis.filter((k) => !isQualitativeKpi(k));
  const columns = [
    { id: "qualitative", keys: widget.kpis.filter(isQualitativeKpi) },
    // A widget listing only evaluation scores sets them beside the dashboard's other figures (same scope, period).
    {
      id: "quantitative",
      keys: own.length > 0 ? own : [...values.keys()].filter((k) => !isQualitativeKpi(k)),
    },
  ];
  return (
    <SimpleGrid cols={2} spacing="md" data-testid="qualitative">
      {columns.map((column) => (
        <Stack key={column.id} gap={6} aria-labelledby={`${widget.id}-${column.id}`}>
          <Text id={`${widget.id}-${column.id}`} size="xs" fw={700} c="dimmed" tt="uppercase">
            {t(`dashboards.qualitative.${column.id}`)}
          </Text>
          {column.keys.map((key) => {
            const value = values.get(key);
            const formatted = text.format(key, value?.value ?? null, currency);
            return (
              <Group
                key={key}
                justify="space-between"
                gap="xs"
                wrap="nowrap"
                data-kpi={key}
                data-value={value?.value ?? ""}
              >
                <Text size="sm" truncate title={text.name(key)}>
                  {text.name(key)}
                </Text>
                <Group gap={6} wrap="nowrap">
                  {value?.status ? (
                    <Badge size="xs" variant="dot" color={statusColor[value.status]} tt="none">
                      {t(`dashboards.status.${value.status}`)}
                    </Badge>
                  ) : null}
                  {value?.value == null ? (
                    <Text size="sm" c="dimmed" title={value?.reason?.message}>
                      —
                    </Text>
                  ) : (
                    <UnstyledButton
                      className="drill"
                      fz="sm"
                      onClick={() => onDrill({ key })}
                      aria-label={t("dashboards.tile.drill", { name: text.name(key), value: formatted })}
                    >
                      {formatted}
                    </UnstyledButton>
                  )}
                </Group>
              </Group>
            );
          })}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
