import { Badge, Group, Stack, Text, Tooltip, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatAttainment } from "../../format/format-percent";
import { formatKpiChange } from "../format/format-kpi-value";
import { useKpiText } from "../use-kpi-text";
import { changeTone, statusColor, toneColor } from "./kpi-status";
import { Sparkline } from "./Sparkline";
import type { WidgetView } from "./widget-view";

/** One KPI: value, target and attainment, status, change against the previous period, and a sparkline. */
export function TileWidget({ widget, values, context, onDrill }: WidgetView) {
  const { t } = useTranslation();
  const text = useKpiText();
  const key = widget.kpis[0] ?? "";
  const value = values.get(key);
  const currency = context?.currency ?? "EUR";
  const name = widget.title ?? text.name(key);
  const direction = text.byKey.get(key)?.direction ?? "up";
  const unit = text.unit(key);
  if (!value) return <Text c="dimmed">—</Text>;
  const formatted = text.format(key, value.value, currency);
  const tone = changeTone(value.change, direction);
  const arrow =
    value.change === null || /^-?0(\.0+)?$/.test(value.change)
      ? "→"
      : value.change.startsWith("-")
        ? "↓"
        : "↑";

  return (
    <Stack
      gap={4}
      data-testid="kpi-tile"
      data-kpi={key}
      data-value={value.value ?? ""}
      data-unit={unit}
      h="100%"
    >
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" lineClamp={1} title={name}>
        {name}
      </Text>
      <Group justify="space-between" align="flex-end" gap="xs" wrap="nowrap">
        {value.value === null ? (
          <Tooltip label={value.reason?.message ?? t("dashboards.reasons.no_data")} multiline w={260}>
            <Stack gap={0} tabIndex={0} aria-label={`${name}: — ${value.reason?.message ?? ""}`}>
              <Text fz={26} fw={700} className="num" ta="left" data-testid="tile-value">
                —
              </Text>
              <Text size="xs" c="dimmed" data-testid="tile-reason">
                {t(`dashboards.reasons.${value.reason?.code ?? "no_data"}`)}
              </Text>
            </Stack>
          </Tooltip>
        ) : (
          <UnstyledButton
            className="drill"
            fz={26}
            fw={700}
            style={{ alignSelf: "flex-start" }}
            onClick={() => onDrill({ key })}
            aria-label={t("dashboards.tile.drill", { name, value: formatted })}
            data-testid="tile-value"
          >
            {formatted}
          </UnstyledButton>
        )}
        <Sparkline values={value.trend.map((p) => p.value)} width={96} />
      </Group>
      <Group gap={6} wrap="wrap">
        {value.status ? (
          <Badge
            size="sm"
            variant="light"
            color={statusColor[value.status]}
            tt="none"
            data-testid="tile-status"
          >
            {t(`dashboards.status.${value.status}`)}
          </Badge>
        ) : null}
        {value.target !== null ? (
          <Text size="xs" c="dimmed" className="num" ta="left" data-testid="tile-target">
            {t("dashboards.tile.target", {
              target: text.format(key, value.target, currency),
              attainment: formatAttainment(value.attainment, text.locale),
            })}
          </Text>
        ) : null}
      </Group>
      {value.change !== null ? (
        <Text
          size="xs"
          c={toneColor[tone]}
          className="num"
          ta="left"
          mt="auto"
          truncate
          data-testid="tile-change"
        >
          <span aria-hidden="true">{arrow} </span>
          {t("dashboards.tile.change", {
            change: formatKpiChange(value.change, unit, currency, text.locale),
          })}
          {tone !== "flat" ? <VisuallyHidden> ({t(`dashboards.tone.${tone}`)})</VisuallyHidden> : null}
        </Text>
      ) : null}
    </Stack>
  );
}
