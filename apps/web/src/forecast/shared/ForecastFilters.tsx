import { Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ForecastPeriod, GridMotion } from "../../api/forecast-types";

type Props = {
  periods: readonly ForecastPeriod[];
  periodId: string | undefined;
  onPeriod: (periodId: string) => void;
  motion?: GridMotion;
  onMotion?: (motion: GridMotion) => void;
  periodLabel?: string;
};

const motions: readonly GridMotion[] = ["all", "new_business", "expansion_renewal"];

/** The period picker (closed periods marked) and, when wanted, the motion switch. */
export function ForecastFilters({ periods, periodId, onPeriod, motion, onMotion, periodLabel }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("forecast.filters.label")}>
      <Select
        label={periodLabel ?? t("forecast.filters.period")}
        size="sm"
        w={240}
        allowDeselect={false}
        value={periodId ?? null}
        data={periods.map((p) => ({
          value: p.id,
          label:
            p.status === "closed"
              ? t("forecast.filters.closedMark", { label: p.label })
              : p.current
                ? t("forecast.filters.currentMark", { label: p.label })
                : p.label,
        }))}
        onChange={(next) => next && onPeriod(next)}
        data-testid="forecast-period"
      />
      {motion && onMotion ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="forecast-motion-label">
            {t("forecast.filters.motion")}
          </Text>
          <SegmentedControl
            size="sm"
            aria-labelledby="forecast-motion-label"
            value={motion}
            onChange={(value) => onMotion(motions.find((m) => m === value) ?? "all")}
            data={motions.map((m) => ({ value: m, label: t(`forecast.filters.motions.${m}`) }))}
            data-testid="forecast-motion"
          />
        </Stack>
      ) : null}
    </Group>
  );
}
