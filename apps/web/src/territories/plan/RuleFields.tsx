import { ActionIcon, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RuleForm } from "./territory-form";

type Props = {
  index: number;
  rule: RuleForm;
  onChange: (rule: RuleForm) => void;
  onRemove: () => void;
  /** Message for a field path relative to this territory ("rules[0].countryCodes"), if any. */
  error: (field: string) => string | undefined;
};

/** One rule of a territory: every field filled must match (AND); an empty field is no condition. */
export function RuleFields({ index, rule, onChange, onRemove, error }: Props) {
  const { t } = useTranslation();
  const path = `rules[${index}]`;
  const set = (field: keyof Omit<RuleForm, "regionIds">) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...rule, [field]: event.currentTarget.value });
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="rule" bg="gray.0">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {t("territories.editor.ruleNumber", { number: index + 1 })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t("territories.editor.removeRule", { number: index + 1 })}
          >
            ×
          </ActionIcon>
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t("territories.editor.countries")}
            placeholder="FR, BE"
            value={rule.countryCodes}
            onChange={set("countryCodes")}
            error={error(`${path}.countryCodes`)}
          />
          <TextInput
            label={t("territories.editor.postalPrefixes")}
            placeholder="75, 92"
            value={rule.postalPrefixes}
            onChange={set("postalPrefixes")}
            error={error(`${path}.postalPrefixes`)}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t("territories.editor.industries")}
            value={rule.industries}
            onChange={set("industries")}
            error={error(`${path}.industries`)}
          />
          <TextInput
            label={t("territories.editor.segments")}
            placeholder="A, B"
            value={rule.segments}
            onChange={set("segments")}
            error={error(`${path}.segments`)}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t("territories.editor.employeesMin")}
            inputMode="numeric"
            value={rule.employeesMin}
            onChange={set("employeesMin")}
            error={error(`${path}.employeesMin`)}
          />
          <TextInput
            label={t("territories.editor.employeesMax")}
            description={t("territories.editor.employeesMaxHint")}
            inputMode="numeric"
            value={rule.employeesMax}
            onChange={set("employeesMax")}
            error={error(`${path}.employeesMax`)}
          />
        </Group>
        {rule.regionIds.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="rule-regions">
            {t("territories.editor.regionsKept", { count: rule.regionIds.length })}
          </Text>
        ) : null}
        {error(`${path}.regionIds`) ? (
          <Text size="xs" c="red">
            {error(`${path}.regionIds`)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
