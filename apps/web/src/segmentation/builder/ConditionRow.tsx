import { ActionIcon, Group, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldChoices, isFieldChoice, isNumericField } from "../shared/segment-fields";
import { type ConditionForm, type ConditionOp, conditionOps } from "./segmentation-form";
import type { FieldError } from "./use-field-error";

// Text fields match by value, numeric ones by range; both can test for a missing value.
const textOps: readonly ConditionOp[] = ["in", "notIn", "startsWith", "isNull", "notNull"];
const numericOps: readonly ConditionOp[] = ["between", "isNull", "notNull"];
const isOp = (value: string | null): value is ConditionOp => conditionOps.some((op) => op === value);

type Props = {
  condition: ConditionForm;
  path: string;
  error: FieldError;
  onChange: (condition: ConditionForm) => void;
  onRemove: (() => void) | undefined;
};

/** One condition of a rule: field, comparison, and the values or the range it needs. */
export function ConditionRow({ condition, path, error, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const numeric = isNumericField(condition.field);
  const ops = numeric ? numericOps : textOps;
  const unit = condition.field === "winRate" ? "%" : undefined;
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" data-testid="condition-row">
      <Select
        aria-label={t("segmentation.rules.field")}
        data={fieldChoices.map((f) => ({ value: f, label: t(`segmentation.fields.${f}`) }))}
        value={condition.field}
        allowDeselect={false}
        w={190}
        error={error(`${path}.field`)}
        onChange={(value) => {
          if (!isFieldChoice(value)) return;
          const nextOps = isNumericField(value) ? numericOps : textOps;
          onChange({
            ...condition,
            field: value,
            op: nextOps.includes(condition.op) ? condition.op : (nextOps[0] ?? "in"),
          });
        }}
      />
      {condition.field === "attribute" ? (
        <TextInput
          aria-label={t("segmentation.rules.attribute")}
          placeholder={t("segmentation.rules.attribute")}
          value={condition.attribute}
          w={150}
          error={error(`${path}.field`)}
          onChange={(e) => onChange({ ...condition, attribute: e.currentTarget.value })}
        />
      ) : null}
      <Select
        aria-label={t("segmentation.rules.op")}
        data={ops.map((op) => ({ value: op, label: t(`segmentation.ops.${op}`) }))}
        value={condition.op}
        allowDeselect={false}
        w={160}
        error={error(`${path}.op`)}
        onChange={(value) => isOp(value) && onChange({ ...condition, op: value })}
      />
      {condition.op === "in" || condition.op === "notIn" || condition.op === "startsWith" ? (
        <TextInput
          aria-label={t("segmentation.rules.values")}
          placeholder={t("segmentation.rules.valuesHint")}
          value={condition.values}
          style={{ flex: 1, minWidth: 200 }}
          error={error(`${path}.values`) ?? error(path)}
          onChange={(e) => onChange({ ...condition, values: e.currentTarget.value })}
        />
      ) : null}
      {condition.op === "between" ? (
        <>
          <TextInput
            aria-label={t("segmentation.rules.min")}
            placeholder={t("segmentation.rules.min")}
            value={condition.min}
            inputMode="decimal"
            rightSection={unit}
            w={140}
            error={error(`${path}.min`) ?? error(path)}
            onChange={(e) => onChange({ ...condition, min: e.currentTarget.value })}
          />
          <TextInput
            aria-label={t("segmentation.rules.max")}
            placeholder={t("segmentation.rules.max")}
            value={condition.max}
            inputMode="decimal"
            rightSection={unit}
            w={140}
            error={error(`${path}.max`)}
            onChange={(e) => onChange({ ...condition, max: e.currentTarget.value })}
          />
        </>
      ) : null}
      {onRemove ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={4}
          onClick={onRemove}
          aria-label={t("segmentation.rules.removeCondition")}
        >
          ×
        </ActionIcon>
      ) : null}
    </Group>
  );
}
