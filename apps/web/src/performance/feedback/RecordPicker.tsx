import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccountOptions, useLeadOptions } from "../../api/use-feedback";

type Props = {
  kind: "lead" | "account";
  value: string;
  onChange: (id: string) => void;
  required: boolean;
  error?: string | undefined;
};

/** Pick the lead or account a feedback entry is about: a search box and the matching records in scope. */
export function RecordPicker({ kind, value, onChange, required, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const leads = useLeadOptions(debounced, kind === "lead");
  const accounts = useAccountOptions(debounced, kind === "account");
  const options = (kind === "lead" ? leads.data : accounts.data) ?? [];
  return (
    <Group grow align="flex-start">
      <TextInput
        label={t(`performance.feedback.form.${kind}Search`)}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <NativeSelect
        label={t(`performance.feedback.form.${kind}`)}
        required={required}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={[
          {
            value: "",
            label: t(required ? "performance.feedback.form.choose" : "performance.feedback.form.none"),
          },
          ...options.map((o) => ({ value: o.id, label: o.label })),
        ]}
        error={error}
      />
    </Group>
  );
}
