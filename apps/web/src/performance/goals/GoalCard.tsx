import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { GoalDto } from "../../api/performance-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatDate } from "../../format/format-date";
import { GoalProgressBar } from "./GoalProgressBar";
import { GoalStatusBadge } from "./GoalStatusBadge";

/** A goal in the list: name (a link to it), owner, KPI, deadline, milestones, progress and status. */
export function GoalCard({ goal, currency }: { goal: GoalDto; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const met = goal.progress.milestones.filter((m) => m.met).length;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={goal.name}
      data-testid="goal-card"
      data-goal-id={goal.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={`/goals/${goal.id}`} fw={600}>
            {goal.name}
          </Anchor>
          <GoalStatusBadge goal={goal} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("performance.goals.summary", {
            owner: goal.owner.name,
            kpi: goal.kpi.name,
            deadline: formatDate(goal.deadline, locale),
          })}
        </Text>
        <GoalProgressBar goal={goal} currency={currency} />
        {goal.milestones.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t("performance.goals.milestonesMet", { met, count: goal.milestones.length })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
