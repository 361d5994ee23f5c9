import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  CustomKpiInput,
  KpiCatalogueResponse,
  KpiDefinitionDto,
  KpiDirection,
  KpiUnit,
} from "../../api/kpi-types";
import { useSaveCustomKpi } from "../../api/use-kpi-catalogue";
import { ApiError } from "../../comp/shared/ApiError";
import { fieldErrors } from "../shared/field-errors";
import { FormulaEditor } from "./FormulaEditor";

const units: KpiUnit[] = ["currency", "percent", "count", "days", "ratio", "score"];
const directions: KpiDirection[] = ["up", "down", "neutral"];

type Props = {
  editing: KpiDefinitionDto | null;
  measures: KpiCatalogueResponse["measures"];
  defaultOwner: string;
  onClose: () => void;
};

/** New custom KPI, or edit one: a formula over the catalogue's measures, re-checked by the server on save. */
export function CustomKpiModal({ editing, measures, defaultOwner, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveCustomKpi();
  const [form, setForm] = useState<CustomKpiInput>({
    name: editing?.name ?? "",
    description: editing?.description ?? "",
    formula: editing?.formula ?? "",
    unit: editing?.unit ?? "ratio",
    direction: editing?.direction ?? "up",
    owner: editing?.owner ?? defaultOwner,
  });
  const errors = fieldErrors(save.error);
  const set = <K extends keyof CustomKpiInput>(key: K, value: CustomKpiInput[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (save.isError) save.reset();
  };
  const handled = new Set(["name", "description", "formula", "unit", "direction", "owner", "key"]);
  const unhandled = save.isError && !Object.keys(errors).some((k) => handled.has(k));

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        <Text fw={700}>
          {editing ? t("performance.kpis.form.editTitle") : t("performance.kpis.form.newTitle")}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("performance.close") }}
    >
      <form
        aria-label={editing ? t("performance.kpis.form.editTitle") : t("performance.kpis.form.newTitle")}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ key: editing?.key, input: form }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <TextInput
            label={t("performance.kpis.form.name")}
            required
            data-autofocus
            value={form.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name ?? errors.key}
          />
          <Textarea
            label={t("performance.kpis.form.description")}
            value={form.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={errors.description}
          />
          <Group grow>
            <NativeSelect
              label={t("performance.kpis.form.unit")}
              value={form.unit}
              onChange={(e) => set("unit", e.currentTarget.value as KpiUnit)}
              data={units.map((u) => ({ value: u, label: t(`performance.kpis.unit.${u}`) }))}
              error={errors.unit}
            />
            <NativeSelect
              label={t("performance.kpis.form.direction")}
              value={form.direction}
              onChange={(e) => set("direction", e.currentTarget.value as KpiDirection)}
              data={directions.map((d) => ({ value: d, label: t(`performance.kpis.direction.${d}`) }))}
              error={errors.direction}
            />
          </Group>
          <TextInput
            label={t("performance.kpis.form.owner")}
            required
            value={form.owner}
            onChange={(e) => set("owner", e.currentTarget.value)}
            error={errors.owner}
          />
          <FormulaEditor
            value={form.formula}
            onChange={(formula) => set("formula", formula)}
            measures={measures}
            serverError={errors.formula}
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
