import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FormIssue } from "./assumptions-form";

type Props = {
  label: string;
  value: string;
  issue: FormIssue | undefined;
  onChange: (value: string) => void;
  /** "%" for shares and factors; none for amounts. */
  unit?: string;
  description?: string;
  w?: number | string;
};

/** A decimal typed as text (kept exact as a string), with the reason it is refused right under it. */
export function WizardField({ label, value, issue, onChange, unit, description, w }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      inputMode="decimal"
      w={w}
      rightSection={unit}
      error={issue ? t(`planning.wizard.issues.${issue}`) : undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
      styles={{ input: { textAlign: "right", fontVariantNumeric: "tabular-nums" } }}
    />
  );
}
