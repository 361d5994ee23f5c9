import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RevenueRep } from "../api/types";
import { useAppLocale } from "../app/use-app-locale";
import { toIntlLocale } from "../format/locale";

type Props = {
  people: readonly RevenueRep[];
  value: string | undefined;
  /** Label for a person chosen through the URL who is not in the list (yet). */
  fallbackLabel?: string;
  onChange: (personId: string | undefined) => void;
};

/** Narrows the page to one person of the caller's scope (and their team when they manage one). */
export function PersonFilter({ people, value, fallbackLabel, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const options = [...people]
    .sort((a, b) => a.name.localeCompare(b.name, toIntlLocale(locale)))
    .map((p) => ({
      value: p.personId,
      label: `${p.name} · ${t(`jobRoles.${p.jobRole}`, { defaultValue: p.jobRole })}`,
    }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: fallbackLabel ?? value });
  }
  return (
    <Select
      label={t("revenue.person")}
      placeholder={t("revenue.personPlaceholder")}
      size="sm"
      w={260}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("revenue.clearPerson") }}
      nothingFoundMessage="—"
      data={options}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
    />
  );
}
