import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GoalDto, GoalOwnerKind } from "../../api/performance-types";
import { useSaveGoal } from "../../api/use-goals";
import { useKpiCatalogue } from "../../api/use-kpi-catalogue";
import { usePeople } from "../../api/use-people";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { fieldErrors } from "../shared/field-errors";
import { emptyGoalForm, type GoalFormState, goalFormFromDto, goalInputFromForm } from "./goal-form-state";
import { MilestonesEditor } from "./MilestonesEditor";

const fields = [
  "name",
  "description",
  "owner",
  "kpiKey",
  "target",
  "baseline",
  "startsOn",
  "deadline",
  "rationale",
  "relevance",
  "milestones",
];

/** A SMART goal: what (name, description), measured by (KPI, target), from where (baseline), why, by when (dates, milestones). */
export function GoalFormModal({
  goal,
  onClose,
  onSaved,
}: {
  goal: GoalDto | null;
  onClose: () => void;
  onSaved?: (goal: GoalDto) => void;
}) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const catalogue = useKpiCatalogue();
  const people = usePeople(me.role !== "rep");
  const save = useSaveGoal();
  const [form, setForm] = useState<GoalFormState>(() =>
    goal ? goalFormFromDto(goal) : emptyGoalForm(me.today, me.person?.id ?? ""),
  );
  const errors = fieldErrors(save.error);
  const kpis = catalogue.data?.kpis ?? [];
  const kpi = kpis.find((k) => k.key === form.kpiKey);
  const unit = kpi?.unit ?? goal?.kpi.unit ?? "count";
  const unitSuffix =
    unit === "percent" ? " (%)" : unit === "currency" ? ` (${me.workspace.reportingCurrency})` : "";
  const set = <K extends keyof GoalFormState>(key: K, value: GoalFormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (save.isError) save.reset();
  };
  const kpiOptions = useMemo(() => {
    const categories = [...new Set(kpis.map((k) => k.category))];
    return categories.map((category) => ({
      group: t(`performance.kpis.category.${category}`, { defaultValue: category }),
      items: kpis.filter((k) => k.category === category).map((k) => ({ value: k.key, label: k.name })),
    }));
  }, [kpis, t]);
  const ownerKinds: GoalOwnerKind[] = me.role === "rep" ? ["person"] : ["person", "workspace"];
  const personOptions =
    me.role === "rep"
      ? [{ value: me.person?.id ?? "", label: me.person?.fullName ?? me.displayName }]
      : (people.data ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  const title = goal ? t("performance.goals.form.editTitle") : t("performance.goals.form.newTitle");
  const unhandled = save.isError && !Object.keys(errors).some((k) => fields.includes(k.split(".")[0] ?? k));

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={<Text fw={700}>{title}</Text>}
      closeButtonProps={{ "aria-label": t("performance.close") }}
    >
      <form
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { id: goal?.id, input: goalInputFromForm(form, unit) },
            {
              onSuccess: (saved) => {
                onSaved?.(saved);
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t("performance.goals.form.name")}
            required
            data-autofocus
            value={form.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name}
          />
          <Textarea
            label={t("performance.goals.form.description")}
            value={form.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={errors.description}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("performance.goals.form.ownerKind")}
              value={form.ownerKind}
              onChange={(e) => set("ownerKind", e.currentTarget.value as GoalOwnerKind)}
              data={ownerKinds.map((kind) => ({
                value: kind,
                label: t(`performance.goals.ownerKind.${kind}`),
              }))}
            />
            {form.ownerKind === "person" ? (
              <NativeSelect
                label={t("performance.goals.form.person")}
                required
                value={form.personId}
                onChange={(e) => set("personId", e.currentTarget.value)}
                data={[{ value: "", label: t("performance.goals.form.pickPerson") }, ...personOptions]}
                error={errors["owner.personId"] ?? errors.owner}
              />
            ) : (
              <div />
            )}
          </SimpleGrid>
          <NativeSelect
            label={t("performance.goals.form.kpi")}
            required
            value={form.kpiKey}
            onChange={(e) => set("kpiKey", e.currentTarget.value)}
            data={[{ value: "", label: t("performance.goals.form.pickKpi") }, ...kpiOptions]}
            error={errors.kpiKey}
            description={kpi?.description}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("performance.goals.form.target") + unitSuffix}
              required
              inputMode="decimal"
              value={form.target}
              onChange={(e) => set("target", e.currentTarget.value)}
              error={errors.target}
            />
            <TextInput
              label={t("performance.goals.form.baseline") + unitSuffix}
              inputMode="decimal"
              value={form.baseline}
              onChange={(e) => set("baseline", e.currentTarget.value)}
              error={errors.baseline}
            />
            <TextInput
              label={t("performance.goals.form.startsOn")}
              type="date"
              required
              value={form.startsOn}
              onChange={(e) => set("startsOn", e.currentTarget.value)}
              error={errors.startsOn}
            />
            <TextInput
              label={t("performance.goals.form.deadline")}
              type="date"
              required
              value={form.deadline}
              onChange={(e) => set("deadline", e.currentTarget.value)}
              error={errors.deadline}
            />
          </SimpleGrid>
          <Textarea
            label={t("performance.goals.form.rationale")}
            description={t("performance.goals.form.rationaleHint")}
            value={form.rationale}
            onChange={(e) => set("rationale", e.currentTarget.value)}
            error={errors.rationale}
          />
          <Textarea
            label={t("performance.goals.form.relevance")}
            description={t("performance.goals.form.relevanceHint")}
            value={form.relevance}
            onChange={(e) => set("relevance", e.currentTarget.value)}
            error={errors.relevance}
          />
          <MilestonesEditor
            milestones={form.milestones}
            onChange={(m) => set("milestones", m)}
            targetLabel={t("performance.goals.form.target") + unitSuffix}
            errors={errors}
          />
          {unhandled ? <ApiError error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("performance.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("performance.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
