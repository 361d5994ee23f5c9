import { Group, MultiSelect, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isNumericField, numericFields } from "../shared/segment-fields";
import type { SegmentationForm } from "./segmentation-form";
import type { FieldError } from "./use-field-error";

type Props = {
  form: SegmentationForm;
  error: FieldError;
  onChange: (changes: Partial<SegmentationForm>) => void;
};

/** k-means on standardised numeric features; k chosen in a range by the silhouette; seeded for repeatability. */
export function ClustersEditor({ form, error, onChange }: Props) {
  const { t } = useTranslation();
  const option = (f: string) => ({ value: f, label: t(`segmentation.fields.${f}`) });
  const integer = (key: "kMin" | "kMax" | "seed", label: string) => (
    <TextInput
      label={label}
      value={form[key]}
      inputMode="numeric"
      w={120}
      error={error(key)}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap="sm" data-testid="clusters-editor">
      <Text size="sm" c="dimmed">
        {t("segmentation.clusters.help")}
      </Text>
      <MultiSelect
        label={t("segmentation.clusters.features")}
        data={numericFields.map(option)}
        value={form.features}
        error={error("features")}
        onChange={(values) => {
          const features = values.filter(isNumericField);
          onChange({ features, logFeatures: form.logFeatures.filter((f) => features.includes(f)) });
        }}
        maw={560}
      />
      <MultiSelect
        label={t("segmentation.clusters.logFeatures")}
        description={t("segmentation.clusters.logHelp")}
        data={form.features.map(option)}
        value={form.logFeatures}
        error={error("logFeatures")}
        onChange={(values) => onChange({ logFeatures: values.filter(isNumericField) })}
        maw={560}
      />
      <Group gap="md" align="flex-start">
        {integer("kMin", t("segmentation.clusters.kMin"))}
        {integer("kMax", t("segmentation.clusters.kMax"))}
        {integer("seed", t("segmentation.clusters.seed"))}
      </Group>
    </Stack>
  );
}
