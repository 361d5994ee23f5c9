import { Group, Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../app/use-app-locale";
import { formatMonth } from "../format/format-date";
import {
  detectPreset,
  fiscalYearName,
  fiscalYearStart,
  type MonthRange,
  type PeriodPreset,
  periodPresets,
  resolvePreset,
  selectableMonths,
} from "./fiscal-periods";

type Props = {
  value: MonthRange;
  onChange: (range: MonthRange) => void;
  today: string;
  fiscalYearStartMonth: number;
};

export function PeriodPicker({ value, onChange, today, fiscalYearStartMonth: startMonth }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [custom, setCustom] = useState(() => detectPreset(value, today, startMonth) === "custom");
  const preset: PeriodPreset = custom ? "custom" : detectPreset(value, today, startMonth);
  const currentYear = fiscalYearName(fiscalYearStart(today, startMonth));
  const months = selectableMonths(today, startMonth);
  const monthOptions = months.map((month) => ({ value: month, label: formatMonth(month, locale, "short") }));

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t("revenue.period")}
        size="sm"
        w={270}
        allowDeselect={false}
        value={preset}
        data={periodPresets.map((p) => ({
          value: p,
          label: t(`revenue.periods.${p}`, { year: p === "prev-fy" ? currentYear - 1 : currentYear }),
        }))}
        onChange={(next) => {
          if (!next) return;
          const chosen = next as PeriodPreset;
          setCustom(chosen === "custom");
          const range = resolvePreset(chosen, today, startMonth);
          if (range) onChange(range);
        }}
      />
      {custom ? (
        <>
          <Select
            label={t("revenue.fromMonth")}
            size="sm"
            w={140}
            allowDeselect={false}
            value={value.from}
            data={monthOptions}
            onChange={(from) => {
              if (from) onChange(from > value.to ? { from, to: from } : { from, to: value.to });
            }}
          />
          <Select
            label={t("revenue.toMonth")}
            size="sm"
            w={140}
            allowDeselect={false}
            value={value.to}
            data={monthOptions}
            onChange={(to) => {
              if (to) onChange(to < value.from ? { from: to, to } : { from: value.from, to });
            }}
          />
        </>
      ) : null}
    </Group>
  );
}
