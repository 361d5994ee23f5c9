import { ActionIcon, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { removeItem, type SettingsForm } from "./settings-form";

type Props = {
  form: SettingsForm;
  editable: boolean;
  errorAt: (path: string) => string | undefined;
  onChange: (form: SettingsForm) => void;
};

/** The qualification framework (BANT, MEDDICC…) and its checklist items, which stage criteria can require. */
export function QualificationEditor({ form, editable, errorAt, onChange }: Props) {
  const { t } = useTranslation();
  const setItem = (index: number, change: { key?: string; label?: string }) =>
    onChange({ ...form, items: form.items.map((item, i) => (i === index ? { ...item, ...change } : item)) });
  return (
    <Stack gap="xs">
      <TextInput
        label={t("pipeline.settings.framework")}
        w={260}
        value={form.framework}
        readOnly={!editable}
        onChange={(e) => onChange({ ...form, framework: e.currentTarget.value })}
        error={errorAt("qualification.framework")}
      />
      <Text size="sm" fw={500}>
        {t("pipeline.settings.items")}
      </Text>
      {form.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place (their key is being typed)
        <Group key={index} gap="xs" align="flex-start" data-testid="qualification-item">
          <TextInput
            size="xs"
            w={160}
            aria-label={t("pipeline.settings.itemKey", { index: index + 1 })}
            placeholder={t("pipeline.settings.itemKeyPlaceholder")}
            value={item.key}
            readOnly={!editable}
            onChange={(e) => setItem(index, { key: e.currentTarget.value })}
            error={errorAt(`qualification.items.${index}.key`)}
          />
          <TextInput
            size="xs"
            w={280}
            aria-label={t("pipeline.settings.itemLabel", { index: index + 1 })}
            placeholder={t("pipeline.settings.itemLabelPlaceholder")}
            value={item.label}
            readOnly={!editable}
            onChange={(e) => setItem(index, { label: e.currentTarget.value })}
            error={errorAt(`qualification.items.${index}.label`)}
          />
          {editable ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("pipeline.settings.removeItem", { item: item.label || item.key })}
              onClick={() => onChange(removeItem(form, index))}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {editable ? (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange({ ...form, items: [...form.items, { key: "", label: "" }] })}
        >
          {t("pipeline.settings.addItem")}
        </Button>
      ) : null}
    </Stack>
  );
}
