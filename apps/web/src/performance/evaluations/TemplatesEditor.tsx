import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  EvaluationCadence,
  EvaluationTemplateDto,
  EvaluationTemplateInput,
} from "../../api/performance-types";
import { useSaveEvaluationTemplate } from "../../api/use-evaluations";
import { ApiError } from "../../comp/shared/ApiError";
import { fieldErrors } from "../shared/field-errors";

const cadences: EvaluationCadence[] = ["monthly", "quarterly", "half_year", "year"];

const blank: EvaluationTemplateInput = {
  name: "",
  cadence: "quarterly",
  criteria: [{ key: "", label: "", description: "", weight: "1" }],
  scale: { min: 1, max: 5, labels: {} },
};

/** HR and admins: the evaluation templates (criteria with weights, the scale and its labels). */
export function TemplatesEditor({ templates }: { templates: EvaluationTemplateDto[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string>(templates[0]?.id ?? "new");
  const template = templates.find((tpl) => tpl.id === selected);
  return (
    <Stack>
      <NativeSelect
        label={t("performance.evaluations.templates.pick")}
        w={320}
        value={selected}
        onChange={(e) => setSelected(e.currentTarget.value)}
        data={[
          ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name })),
          { value: "new", label: t("performance.evaluations.templates.new") },
        ]}
      />
      <TemplateForm key={selected} id={template?.id} initial={template ?? blank} onCreated={setSelected} />
    </Stack>
  );
}

function TemplateForm({
  id,
  initial,
  onCreated,
}: {
  id?: string;
  initial: EvaluationTemplateInput;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEvaluationTemplate();
  const [form, setForm] = useState<EvaluationTemplateInput>({
    name: initial.name,
    cadence: initial.cadence,
    criteria: initial.criteria,
    scale: initial.scale,
  });
  const errors = fieldErrors(save.error);
  const setCriterion = (index: number, patch: Partial<EvaluationTemplateInput["criteria"][number]>) =>
    setForm((f) => ({ ...f, criteria: f.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  const points = Array.from(
    { length: Math.max(0, form.scale.max - form.scale.min + 1) },
    (_, i) => form.scale.min + i,
  );
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t("performance.evaluations.templates.title")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id, input: form }, { onSuccess: (saved) => onCreated(saved.id) });
      }}
    >
      <Stack>
        <Title order={3} size="h4">
          {t("performance.evaluations.templates.title")}
        </Title>
        <Group grow>
          <TextInput
            label={t("performance.evaluations.templates.name")}
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={errors.name}
          />
          <NativeSelect
            label={t("performance.evaluations.templates.cadence")}
            value={form.cadence}
            onChange={(e) => setForm({ ...form, cadence: e.currentTarget.value as EvaluationCadence })}
            data={cadences.map((c) => ({ value: c, label: t(`performance.evaluations.cadence.${c}`) }))}
          />
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("performance.evaluations.templates.key")}</Table.Th>
              <Table.Th>{t("performance.evaluations.templates.label")}</Table.Th>
              <Table.Th>{t("performance.evaluations.templates.description")}</Table.Th>
              <Table.Th>{t("performance.evaluations.templates.weight")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.criteria.map((c, index) => {
              const n = index + 1;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a new criterion has no key until typed
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t("performance.evaluations.templates.keyN", { n })}
                      value={c.key}
                      onChange={(e) => setCriterion(index, { key: e.currentTarget.value })}
                      error={errors[`criteria.${index}.key`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t("performance.evaluations.templates.labelN", { n })}
                      value={c.label}
                      onChange={(e) => setCriterion(index, { label: e.currentTarget.value })}
                      error={errors[`criteria.${index}.label`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t("performance.evaluations.templates.descriptionN", { n })}
                      value={c.description}
                      onChange={(e) => setCriterion(index, { description: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={80}
                      inputMode="decimal"
                      aria-label={t("performance.evaluations.templates.weightN", { n })}
                      value={c.weight}
                      onChange={(e) =>
                        setCriterion(index, { weight: e.currentTarget.value.replace(",", ".") })
                      }
                      error={errors[`criteria.${index}.weight`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("performance.evaluations.templates.remove", { n })}
                      onClick={() =>
                        setForm({ ...form, criteria: form.criteria.filter((_, i) => i !== index) })
                      }
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {errors.criteria && !Object.keys(errors).some((k) => k.startsWith("criteria.")) ? (
          <Text size="xs" c="red">
            {errors.criteria}
          </Text>
        ) : null}
        <Button
          size="xs"
          variant="default"
          w="fit-content"
          onClick={() =>
            setForm({
              ...form,
              criteria: [...form.criteria, { key: "", label: "", description: "", weight: "1" }],
            })
          }
        >
          {t("performance.evaluations.templates.addCriterion")}
        </Button>
        <Group>
          <NumberInput
            w={120}
            label={t("performance.evaluations.templates.scaleMin")}
            allowDecimal={false}
            value={form.scale.min}
            onChange={(v) => setForm({ ...form, scale: { ...form.scale, min: Number(v) || 0 } })}
            error={errors["scale.min"]}
          />
          <NumberInput
            w={120}
            label={t("performance.evaluations.templates.scaleMax")}
            allowDecimal={false}
            value={form.scale.max}
            onChange={(v) => setForm({ ...form, scale: { ...form.scale, max: Number(v) || 0 } })}
            error={errors["scale.max"] ?? errors.scale}
          />
        </Group>
        <Group>
          {points.slice(0, 11).map((point) => (
            <TextInput
              key={point}
              w={140}
              size="xs"
              label={t("performance.evaluations.templates.pointLabel", { point })}
              value={form.scale.labels[String(point)] ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setForm((f) => ({
                  ...f,
                  scale: { ...f.scale, labels: { ...f.scale.labels, [String(point)]: value } },
                }));
              }}
            />
          ))}
        </Group>
        {save.isError && Object.keys(errors).length === 0 ? <ApiError error={save.error} /> : null}
        {save.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t("performance.evaluations.templates.saved")}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("performance.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
