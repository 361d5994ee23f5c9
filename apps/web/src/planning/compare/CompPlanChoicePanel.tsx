import { Button, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlans } from "../../api/use-comp-plans";
import type { CompPlanChoice, CompPlanUsed, ScenarioFigures } from "../../api/planning-types";
import { useSaveAssumptions, useScenario } from "../../api/use-planning";
import { ApiError } from "../../comp/shared/ApiError";

const IN_FORCE = "";

type Props = { base: ScenarioFigures; other: ScenarioFigures; editable: boolean };

/**
 * Which compensation plan versions each side's cost of sales paid people on, and — for a draft, to planners — the
 * choice of a version per plan (a draft plan answers "what would the new plan cost at these quotas?"). Saving stores
 * the choice in the scenario's assumptions; the comparison is computed again.
 */
export function CompPlanChoicePanel({ base, other, editable }: Props) {
  const { t } = useTranslation();
  const used = (plans: CompPlanUsed[]) =>
    plans.length === 0
      ? t("planning.compare.compPlans.none")
      : plans
          .map((p) =>
            t("planning.compare.compPlans.usedVersion", {
              plan: p.planName,
              version: p.version,
              status: t(`planning.compare.compPlans.status.${p.status}`),
            }),
          )
          .join(", ");
  return (
    <Paper withBorder radius="md" p="md" data-testid="compare-comp-plans">
      <Title order={2} size="h4" mb="xs">
        {t("planning.compare.compPlans.title")}
      </Title>
      <Stack gap={4} mb={editable ? "md" : 0}>
        <Text size="sm" data-testid="compare-comp-plans-base">
          <b>{base.scenario.name}</b>: {used(base.compPlans)}
        </Text>
        <Text size="sm" data-testid="compare-comp-plans-other">
          <b>{other.scenario.name}</b>: {used(other.compPlans)}
        </Text>
      </Stack>
      {editable ? <CompPlanChoiceForm scenarioId={other.scenario.id} /> : null}
    </Paper>
  );
}

/** One select per plan: "in force on the year's first day" or one of its versions. */
function CompPlanChoiceForm({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const scenario = useScenario(scenarioId);
  const save = useSaveAssumptions(scenarioId);
  const saved = scenario.data?.assumptions.compPlans ?? [];
  const [edits, setEdits] = useState<Record<string, string>>({});
  const chosenFor = (planId: string) =>
    edits[planId] ?? saved.find((c) => c.planId === planId)?.versionId ?? IN_FORCE;
  if (plans.isError) return <ApiError error={plans.error} />;
  if (!plans.data || !scenario.data) return null;
  const loaded = scenario.data;
  const choices: CompPlanChoice[] = plans.data.flatMap((plan) => {
    const versionId = chosenFor(plan.id);
    return versionId === IN_FORCE ? [] : [{ planId: plan.id, versionId }];
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { baseRevision: loaded.revision, assumptions: { ...loaded.assumptions, compPlans: choices } },
          { onSuccess: () => setEdits({}) },
        );
      }}
    >
      <Text size="sm" c="dimmed" mb="xs">
        {t("planning.compare.compPlans.hint", { name: loaded.name })}
      </Text>
      <Table>
        <Table.Tbody>
          {plans.data.map((plan) => (
            <Table.Tr key={plan.id} data-testid="comp-plan-choice" data-plan-id={plan.id}>
              <Table.Th scope="row" fw={500}>
                {plan.name}
              </Table.Th>
              <Table.Td>
                <Select
                  aria-label={t("planning.compare.compPlans.versionFor", { plan: plan.name })}
                  data={[
                    { value: IN_FORCE, label: t("planning.compare.compPlans.inForce") },
                    ...plan.versions.map((v) => ({
                      value: v.id,
                      label: t("planning.compare.compPlans.versionOption", {
                        version: v.version,
                        status: t(`planning.compare.compPlans.status.${v.status}`),
                        from: v.effectiveFrom,
                      }),
                    })),
                  ]}
                  value={chosenFor(plan.id)}
                  allowDeselect={false}
                  onChange={(value) => setEdits((e) => ({ ...e, [plan.id]: value ?? IN_FORCE }))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {save.isError ? <ApiError error={save.error} /> : null}
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={save.isPending} disabled={Object.keys(edits).length === 0}>
          {t("planning.compare.compPlans.save")}
        </Button>
      </Group>
    </form>
  );
}
