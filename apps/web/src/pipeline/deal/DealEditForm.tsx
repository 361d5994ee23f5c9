import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { forecastCategories, type OpportunityDetail, type PipelineSettings } from "../../api/pipeline-types";
import { useUpdateOpportunity } from "../../api/use-pipeline";
import { ApiError } from "../../comp/shared/ApiError";
import { fieldErrors, otherErrors } from "../shared/field-errors";
import { type DealForm, type DealFormField, dealToForm, fieldOfPath, formToPatch } from "./deal-form";

type Props = { detail: OpportunityDetail; settings: PipelineSettings };

/** Moves the deal and updates what its stage criteria ask for; the server's refusals show at the field they name. */
export function DealEditForm({ detail, settings }: Props) {
  const { t } = useTranslation();
  const deal = detail.opportunity;
  const items = settings.qualification.items;
  const itemKeys = items.map((i) => i.key);
  const initial = dealToForm(deal, itemKeys);
  const [form, setForm] = useState<DealForm>(initial);
  const [local, setLocal] = useState<Partial<Record<DealFormField, string>>>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateOpportunity(deal.id);
  const server = fieldErrors(update.error);
  const serverAt = (field: DealFormField) =>
    [...server]
      .filter(([path]) => fieldOfPath(path) === field)
      .map(([, message]) => message)
      .join("; ") || undefined;
  const errorOf = (field: DealFormField) => local[field] ?? serverAt(field);
  const unplaced = otherErrors(server, (path) => fieldOfPath(path) !== null);
  // Reload the form from the saved deal (the server may have changed status, category or probability).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the stored deal changes
  useEffect(() => setForm(dealToForm(deal, itemKeys)), [deal]);
  const set = <K extends DealFormField>(field: K, value: DealForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setSaved(false);
  };
  const stageNames = settings.stages.map((s) => s.name);
  const stageOptions = stageNames.includes(deal.stage) ? stageNames : [deal.stage, ...stageNames];

  const submit = () => {
    const result = formToPatch(initial, form);
    if (!result.ok) {
      setLocal(
        Object.fromEntries(
          Object.entries(result.errors).map(([field, kind]) => [field, t(`pipeline.edit.error.${kind}`)]),
        ),
      );
      return;
    }
    setLocal({});
    if (Object.keys(result.patch).length === 0) return;
    update.mutate(result.patch, { onSuccess: () => setSaved(true) });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deal-edit-title">
      <Title order={2} size="h4" mb="sm" id="deal-edit-title">
        {t("pipeline.edit.title")}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="deal-form"
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t("pipeline.table.stage")}
              data={stageOptions}
              value={form.stage}
              onChange={(value) => value && set("stage", value)}
              allowDeselect={false}
              error={errorOf("stage")}
              errorProps={{ "data-testid": "edit-stage-error" }}
              data-testid="edit-stage"
            />
            <Select
              label={t("pipeline.edit.category")}
              data={forecastCategories.map((c) => ({ value: c, label: t(`pipeline.category.${c}`) }))}
              value={form.forecastCategory}
              onChange={(value) => {
                const category = forecastCategories.find((c) => c === value);
                if (category) set("forecastCategory", category);
              }}
              allowDeselect={false}
              error={errorOf("forecastCategory")}
            />
            <TextInput
              label={t("pipeline.edit.amount", { currency: deal.currency })}
              inputMode="decimal"
              value={form.amount}
              onChange={(e) => set("amount", e.currentTarget.value)}
              error={errorOf("amount")}
              errorProps={{ "data-testid": "edit-amount-error" }}
              data-testid="edit-amount"
            />
            <TextInput
              type="date"
              label={t("pipeline.table.closeDate")}
              value={form.closeDate}
              onChange={(e) => set("closeDate", e.currentTarget.value)}
              error={errorOf("closeDate")}
            />
            <TextInput
              label={t("pipeline.edit.nextStep")}
              value={form.nextStep}
              onChange={(e) => set("nextStep", e.currentTarget.value)}
              error={errorOf("nextStep")}
              data-testid="edit-next-step"
            />
            <TextInput
              type="date"
              label={t("pipeline.edit.nextStepDue")}
              value={form.nextStepDue}
              onChange={(e) => set("nextStepDue", e.currentTarget.value)}
              error={errorOf("nextStepDue")}
            />
            <TextInput
              label={t("pipeline.edit.contactCount")}
              inputMode="numeric"
              value={form.contactCount}
              onChange={(e) => set("contactCount", e.currentTarget.value)}
              error={errorOf("contactCount")}
            />
          </SimpleGrid>
          {items.length > 0 ? (
            <Checkbox.Group
              label={t("pipeline.edit.checklist", { framework: settings.qualification.framework })}
              value={items.filter((i) => form.qualification[i.key]).map((i) => i.key)}
              onChange={(checked) =>
                set("qualification", Object.fromEntries(itemKeys.map((key) => [key, checked.includes(key)])))
              }
              error={errorOf("qualification")}
            >
              <Group gap="md" mt={6}>
                {items.map((item) => (
                  <Checkbox key={item.key} value={item.key} label={item.label} />
                ))}
              </Group>
            </Checkbox.Group>
          ) : null}
          {server.size > 0 ? (
            <Alert color="red" role="alert" data-testid="edit-refused">
              {[t("pipeline.edit.notSaved"), ...unplaced].join(" — ")}
            </Alert>
          ) : null}
          {update.isError && server.size === 0 ? <ApiError error={update.error} testId="edit-error" /> : null}
          <Group>
            <Button type="submit" loading={update.isPending} data-testid="edit-save">
              {t("pipeline.edit.save")}
            </Button>
            {saved && !update.isPending ? (
              <Alert color="teal" variant="light" py={4} role="status" data-testid="edit-saved">
                {t("pipeline.edit.saved")}
              </Alert>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
