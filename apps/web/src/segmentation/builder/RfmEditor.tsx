import { Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { binsRange } from "./read-segmentation-form";
import type { SegmentationForm } from "./segmentation-form";
import type { FieldError } from "./use-field-error";

type Props = {
  form: SegmentationForm;
  error: FieldError;
  onChange: (changes: Partial<SegmentationForm>) => void;
};

/** RFM: recency, frequency and monetary each scored 1 to `bins` by quantile. */
export function RfmEditor({ form, error, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="rfm-editor">
      <Text size="sm" c="dimmed">
        {t("segmentation.rfm.help")}
      </Text>
      <TextInput
        label={t("segmentation.rfm.bins")}
        description={t("segmentation.rfm.binsHelp", binsRange)}
        value={form.bins}
        inputMode="numeric"
        w={200}
        error={error("bins")}
        onChange={(e) => onChange({ bins: e.currentTarget.value })}
      />
    </Stack>
  );
}
