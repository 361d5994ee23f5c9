import { Button, Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardDimension, DashboardFilters } from "../../api/kpi-types";
import type { Me } from "../../api/types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMonth } from "../../format/format-date";
import { hasNarrowingFilter } from "./dashboard-filters";
import { currentQuarterKey, type PeriodOption, periodOptions } from "./period-options";
import { useDimensionOptions } from "./use-dimension-options";

type Props = { me: Me; filters: DashboardFilters; onChange: (filters: DashboardFilters) => void };

const narrowing: {
  key: "teamId" | "regionId" | "segment" | "productId" | "personId";
  by: DashboardDimension;
}[] = [
  { key: "teamId", by: "team" },
  { key: "regionId", by: "region" },
  { key: "segment", by: "segment" },
  { key: "productId", by: "product" },
  { key: "personId", by: "person" },
];

/** Period (fiscal quarter, year or month), segment, product and — above a rep — team, region and person. */
export function FiltersBar({ me, filters, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const startMonth = me.workspace.fiscalYearStartMonth;
  const options = periodOptions(me.today, startMonth);
  const period = filters.period ?? (filters.from ? undefined : currentQuarterKey(me.today, startMonth));
  const periodFilter = { period: filters.period, from: filters.from, to: filters.to };
  const label = (o: PeriodOption) =>
    o.kind === "quarter"
      ? t("dashboards.filters.quarter", { quarter: o.quarter, year: o.fiscalYear })
      : o.kind === "year"
        ? t("dashboards.filters.year", { year: o.fiscalYear })
        : formatMonth(o.month ?? o.key, locale, "long");
  const groups = (["quarter", "year", "month"] as const).map((kind) => ({
    group: t(`dashboards.filters.periodKinds.${kind}`),
    items: options.filter((o) => o.kind === kind).map((o) => ({ value: o.key, label: label(o) })),
  }));
  if (filters.from && filters.to) {
    groups.unshift({
      group: t("dashboards.filters.periodKinds.range"),
      items: [
        {
          value: "range",
          label: `${formatMonth(filters.from, locale, "short")} – ${formatMonth(filters.to, locale, "short")}`,
        },
      ],
    });
  }

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("dashboards.filters.label")}>
      <Select
        label={t("dashboards.filters.period")}
        size="sm"
        w={220}
        searchable
        allowDeselect={false}
        data={groups}
        value={period ?? "range"}
        onChange={(next) => {
          if (!next || next === "range") return;
          const { from: _from, to: _to, ...rest } = filters;
          onChange({ ...rest, period: next });
        }}
      />
      {narrowing
        // A rep's figures are their own: narrowing by person, team or region would only ever show the same.
        .filter((n) => me.role !== "rep" || n.key === "segment" || n.key === "productId")
        .map((n) => (
          <DimensionSelect
            key={n.key}
            by={n.by}
            value={filters[n.key]}
            period={periodFilter}
            onChange={(value) => onChange({ ...filters, [n.key]: value })}
          />
        ))}
      {hasNarrowingFilter(filters) ? (
        <Button
          variant="subtle"
          size="sm"
          onClick={() => onChange({ period: filters.period, from: filters.from, to: filters.to })}
        >
          {t("dashboards.filters.clear")}
        </Button>
      ) : null}
    </Group>
  );
}

function DimensionSelect(props: {
  by: DashboardDimension;
  value: string | undefined;
  period: DashboardFilters;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const options = useDimensionOptions(props.by, props.period);
  const data =
    props.value && !options.some((o) => o.value === props.value)
      ? [{ value: props.value, label: props.value }, ...options]
      : options;
  return (
    <Select
      label={t(`dashboards.dimensions.${props.by}`)}
      placeholder={t("dashboards.filters.all")}
      size="sm"
      w={180}
      searchable
      clearable
      clearButtonProps={{
        "aria-label": t("dashboards.filters.clearOne", { name: t(`dashboards.dimensions.${props.by}`) }),
      }}
      nothingFoundMessage="—"
      data={data}
      value={props.value ?? null}
      onChange={(next) => props.onChange(next ?? undefined)}
    />
  );
}
