import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { goalsKey, useCancelGoal, useGoal } from "../../api/use-goals";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { formatDate } from "../../format/format-date";
import { formatKpiValue } from "../shared/format-kpi-value";
import { useRefetchOnDataChange } from "../shared/use-refetch-on-data-change";
import { GoalFormModal } from "./GoalFormModal";
import { GoalProgressBar } from "./GoalProgressBar";
import { GoalStatusBadge } from "./GoalStatusBadge";

/** One goal: its SMART fields, progress, milestones met or not, and edit / cancel. */
export function GoalDetailPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const { goalId } = useParams({ strict: false }) as { goalId?: string };
  const goal = useGoal(goalId ?? "");
  const cancel = useCancelGoal();
  useRefetchOnDataChange(goalsKey);
  const [editing, setEditing] = useState(false);
  if (goal.isPending) return <Skeleton h={320} />;
  if (goal.isError) return <ApiError error={goal.error} />;
  const g = goal.data;
  const currency = me.workspace.reportingCurrency;
  const fmt = (value: string | null) => formatKpiValue(value, g.kpi.unit, currency, locale);
  const milestoneValue = new Map(g.progress.milestones.map((m) => [m.dueOn, m]));
  const open = g.status === "active";
  return (
    <Stack data-testid="goal-detail" data-goal-id={g.id}>
      <Anchor component={Link} to="/goals" size="sm">
        {t("performance.goals.back")}
      </Anchor>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>{g.name}</Title>
          <GoalStatusBadge goal={g} />
        </Group>
        {open ? (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("performance.edit")}
            </Button>
            <Button
              variant="subtle"
              color="red"
              loading={cancel.isPending}
              onClick={() => {
                if (window.confirm(t("performance.goals.cancelConfirm", { name: g.name })))
                  cancel.mutate(g.id);
              }}
            >
              {t("performance.goals.cancelGoal")}
            </Button>
          </Group>
        ) : null}
      </Group>
      {cancel.isError ? <ApiError error={cancel.error} /> : null}
      <Paper withBorder p="md">
        <Stack>
          <GoalProgressBar goal={g} currency={currency} />
          <Text size="sm" data-testid="goal-explanation">
            {g.progress.explanation}
          </Text>
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <dl className="definition-list">
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.description")}
            </Text>
            <Text component="dd" size="sm" mb="xs">
              {g.description || "—"}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.owner")}
            </Text>
            <Text component="dd" size="sm" mb="xs">
              {g.owner.name}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.kpi")}
            </Text>
            <Text component="dd" size="sm" mb="xs">
              {g.kpi.name}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.target")}
            </Text>
            <Text component="dd" size="sm" mb="xs" className="tabular" data-testid="goal-target">
              {fmt(g.target)}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.baseline")}
            </Text>
            <Text component="dd" size="sm" mb="xs" className="tabular">
              {fmt(g.baseline)}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.dates")}
            </Text>
            <Text
              component="dd"
              size="sm"
            >{`${formatDate(g.startsOn, locale)} – ${formatDate(g.deadline, locale)}`}</Text>
          </dl>
        </Paper>
        <Paper withBorder p="md">
          <dl>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.rationale")}
            </Text>
            <Text component="dd" size="sm" mb="xs">
              {g.rationale || "—"}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t("performance.goals.form.relevance")}
            </Text>
            <Text component="dd" size="sm">
              {g.relevance || "—"}
            </Text>
          </dl>
        </Paper>
      </SimpleGrid>
      {g.milestones.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs" id="goal-milestones">
            {t("performance.goals.form.milestones")}
          </Title>
          <Table aria-labelledby="goal-milestones">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("performance.goals.form.milestoneLabel")}</Table.Th>
                <Table.Th>{t("performance.goals.form.milestoneDue")}</Table.Th>
                <Table.Th ta="right">{t("performance.goals.form.target")}</Table.Th>
                <Table.Th ta="right">{t("performance.goals.value")}</Table.Th>
                <Table.Th>{t("performance.goals.met")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.milestones.map((m) => {
                const reached = milestoneValue.get(m.dueOn);
                return (
                  <Table.Tr key={m.dueOn}>
                    <Table.Td>{m.label}</Table.Td>
                    <Table.Td>{formatDate(m.dueOn, locale)}</Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {fmt(m.target)}
                    </Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {fmt(reached?.value ?? null)}
                    </Table.Td>
                    <Table.Td>
                      {reached?.met === true
                        ? t("performance.goals.metYes")
                        : reached?.met === false
                          ? t("performance.goals.metNo")
                          : t("performance.goals.metPending")}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      {editing ? <GoalFormModal goal={g} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}
