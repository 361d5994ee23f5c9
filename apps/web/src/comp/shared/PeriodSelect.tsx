import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { formatPeriodKey, periodChoices } from "./period-keys";

type Props = { value: string | undefined; onChange: (periodKey: string) => void; known?: readonly string[] };

export function PeriodSelect({ value, onChange, known = [] }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const data = useMemo(
    () =>
      periodChoices(me.today, me.workspace.fiscalYearStartMonth, value ? [...known, value] : known).map(
        (key) => ({
          value: key,
          label: formatPeriodKey(key, locale),
        }),
      ),
    [me.today, me.workspace.fiscalYearStartMonth, known, value, locale],
  );
  return (
    <Select
      label={t("comp.period")}
      size="sm"
      w={200}
      searchable
      allowDeselect={false}
      value={value ?? null}
      data={data}
      onChange={(next) => {
        if (next) onChange(next);
      }}
      data-testid="period-select"
    />
  );
}
