import { Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConditionRow } from "./ConditionRow";
import { newCondition, newRule, type RuleForm, type SegmentationForm } from "./segmentation-form";
import type { FieldError } from "./use-field-error";

type Props = {
  form: SegmentationForm;
  error: FieldError;
  onChange: (changes: Partial<SegmentationForm>) => void;
};

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** Ordered rules (the first that matches gives the segment), each an AND of conditions, then "otherwise". */
export function RulesEditor({ form, error, onChange }: Props) {
  const { t } = useTranslation();
  const setRule = (i: number, rule: RuleForm) =>
    onChange({ rules: form.rules.map((r, j) => (j === i ? rule : r)) });
  return (
    <Stack gap="sm" data-testid="rules-editor">
      <Text size="sm" c="dimmed">
        {t("segmentation.rules.help")}
      </Text>
      {error("rules") ? (
        <Text size="sm" c="red">
          {error("rules")}
        </Text>
      ) : null}
      {form.rules.map((rule, i) => (
        // Rules have no identity but their place in the order, which is what the engine uses too.
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are identified by their position
        <Paper key={i} withBorder p="sm" radius="md" data-testid="rule">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-end">
              <TextInput
                label={t("segmentation.rules.segment", { n: i + 1 })}
                value={rule.segment}
                w={260}
                error={error(`rules[${i}].segment`) ?? error(`rules[${i}]`)}
                onChange={(e) => setRule(i, { ...rule, segment: e.currentTarget.value })}
              />
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={i === 0}
                  onClick={() => onChange({ rules: move(form.rules, i, i - 1) })}
                >
                  {t("segmentation.rules.up")}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={i === form.rules.length - 1}
                  onClick={() => onChange({ rules: move(form.rules, i, i + 1) })}
                >
                  {t("segmentation.rules.down")}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  disabled={form.rules.length === 1}
                  onClick={() => onChange({ rules: form.rules.filter((_, j) => j !== i) })}
                >
                  {t("segmentation.rules.removeRule")}
                </Button>
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              {t("segmentation.rules.allOf")}
            </Text>
            {rule.conditions.map((condition, j) => (
              <ConditionRow
                // biome-ignore lint/suspicious/noArrayIndexKey: conditions are identified by their position
                key={j}
                condition={condition}
                path={`rules[${i}].conditions[${j}]`}
                error={error}
                onChange={(next) =>
                  setRule(i, { ...rule, conditions: rule.conditions.map((c, k) => (k === j ? next : c)) })
                }
                onRemove={
                  rule.conditions.length > 1
                    ? () => setRule(i, { ...rule, conditions: rule.conditions.filter((_, k) => k !== j) })
                    : undefined
                }
              />
            ))}
            <Group>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setRule(i, { ...rule, conditions: [...rule.conditions, newCondition()] })}
              >
                {t("segmentation.rules.addCondition")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => onChange({ rules: [...form.rules, newRule()] })}
          data-testid="add-rule"
        >
          {t("segmentation.rules.addRule")}
        </Button>
      </Group>
      <TextInput
        label={t("segmentation.rules.otherwise")}
        description={t("segmentation.rules.otherwiseHelp")}
        value={form.otherwise}
        w={320}
        error={error("otherwise")}
        onChange={(e) => onChange({ otherwise: e.currentTarget.value })}
      />
    </Stack>
  );
}
