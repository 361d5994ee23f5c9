import { Box, Progress, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { GoalDto } from "../../api/performance-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatAttainment } from "../../format/format-percent";
import { formatKpiValue } from "../shared/format-kpi-value";

const colours = {
  on_track: "teal",
  achieved: "teal",
  at_risk: "yellow",
  off_track: "red",
  missed: "red",
  not_started: "gray",
} as const;

// Bar geometry only (CSS width): the figures shown are the API's strings, formatted.
const share = (ratio: number) => Math.max(0, Math.min(100, ratio * 100));

/** Value against target, with a marker where the pace says the value should be by today. */
export function GoalProgressBar({ goal, currency }: { goal: GoalDto; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const { progress, kpi } = goal;
  const fmt = (value: string | null) => formatKpiValue(value, kpi.unit, currency, locale);
  const filled = progress.ratio === null ? 0 : share(Number(progress.ratio));
  const expected =
    progress.expectedByToday === null || Number(goal.target) === 0
      ? null
      : share(
          goal.baseline !== null && Number(goal.target) !== Number(goal.baseline)
            ? (Number(progress.expectedByToday) - Number(goal.baseline)) /
                (Number(goal.target) - Number(goal.baseline))
            : Number(progress.expectedByToday) / Number(goal.target),
        );
  const label = t("performance.goals.progressLabel", {
    value: fmt(progress.value),
    target: fmt(goal.target),
    ratio: formatAttainment(progress.ratio, locale),
  });
  return (
    <Box data-testid="goal-progress" data-ratio={progress.ratio ?? ""} data-value={progress.value ?? ""}>
      <Box pos="relative">
        <Progress value={filled} color={colours[progress.status]} size="lg" aria-label={label} />
        {expected === null ? null : (
          <Tooltip label={t("performance.goals.expectedByToday", { value: fmt(progress.expectedByToday) })}>
            <Box
              pos="absolute"
              top={-3}
              h={22}
              w={2}
              bg="dark"
              style={{ left: `calc(${expected}% - 1px)` }}
              data-testid="goal-expected-marker"
              aria-hidden="true"
            />
          </Tooltip>
        )}
      </Box>
      <Text size="xs" mt={4} className="tabular">
        {label}
        {progress.expectedByToday === null
          ? ""
          : ` · ${t("performance.goals.expectedByToday", { value: fmt(progress.expectedByToday) })}`}
      </Text>
    </Box>
  );
}
