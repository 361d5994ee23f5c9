import { Alert, Button, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { GoalStatus } from "../../api/performance-types";
import { goalsKey, useGoals } from "../../api/use-goals";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { useRefetchOnDataChange } from "../shared/use-refetch-on-data-change";
import { GoalCard } from "./GoalCard";
import { GoalFormModal } from "./GoalFormModal";

const goalAuthors = new Set(["admin", "hr", "manager", "rep"]);

/** The goals the caller may see, with progress against target and pace; new goal. */
export function GoalsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [status, setStatus] = useState<GoalStatus | "all">("active");
  const goals = useGoals(status === "all" ? {} : { status });
  useRefetchOnDataChange(goalsKey);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("performance.goals.title")}</Title>
        {goalAuthors.has(me.role) ? (
          <Button onClick={() => setCreating(true)}>{t("performance.goals.new")}</Button>
        ) : null}
      </Group>
      <SegmentedControl
        w="fit-content"
        aria-label={t("performance.goals.statusFilter")}
        value={status}
        onChange={(value) => setStatus(value as GoalStatus | "all")}
        data={(["active", "achieved", "missed", "cancelled", "all"] as const).map((value) => ({
          value,
          label: t(`performance.goals.filter.${value}`),
        }))}
      />
      {goals.isPending ? <Skeleton h={200} /> : null}
      {goals.isError ? <ApiError error={goals.error} /> : null}
      {goals.data?.length === 0 ? <Alert color="gray">{t("performance.goals.none")}</Alert> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="goal-list">
        {goals.data?.map((goal) => (
          <GoalCard key={goal.id} goal={goal} currency={me.workspace.reportingCurrency} />
        ))}
      </SimpleGrid>
      {creating ? <GoalFormModal goal={null} onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
