import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Grid } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatShare } from "../shared/format-plan-amount";

/** The year's target, the people's quotas in total and their ratio (over-assignment), exact from the API. */
export function GridTotals({ grid, currency }: { grid: Grid; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const figures = [
    {
      id: "target",
      label: t("planning.figures.target"),
      value: money(grid.totals.target, currency),
      raw: grid.totals.target,
    },
    {
      id: "total-quota",
      label: t("planning.figures.totalQuota"),
      value: money(grid.totals.totalQuota, currency),
      raw: grid.totals.totalQuota,
    },
    {
      id: "over-assignment",
      label: t("planning.figures.overAssignment"),
      value: formatShare(grid.totals.overAssignment, locale),
      raw: grid.totals.overAssignment,
    },
  ];
  return (
    <Group gap="xl" data-testid="grid-totals">
      {figures.map((f) => (
        <Stack key={f.id} gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {f.label}
          </Text>
          <Text fw={700} size="lg" className="num" ta="left" data-testid={`grid-${f.id}`} data-value={f.raw}>
            {f.value}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}
