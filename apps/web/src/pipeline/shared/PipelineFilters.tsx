import { Group, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { riskFlagKinds } from "../../api/pipeline-types";
import type { Me } from "../../api/types";
import { useRevenueVsTarget } from "../../api/use-revenue";
import { PersonFilter } from "../../revenue/PersonFilter";
import { resolvePreset } from "../../revenue/fiscal-periods";
import type { PipelineUrlState } from "./pipeline-url";

type Props = {
  me: Me;
  state: PipelineUrlState;
  stages: readonly string[];
  onChange: (changes: Record<string, string | undefined>) => void;
};

/** The page's filters. Person, motion and close dates apply to every view; stage, flag and search to the table. */
export function PipelineFilters({ me, state, stages, onChange }: Props) {
  const { t } = useTranslation();
  const canNarrow = me.role !== "rep";
  // The revenue report's people are exactly the caller's scope (their tree, or everyone for wide roles).
  const year = resolvePreset("fy", me.today, me.workspace.fiscalYearStartMonth);
  const scope = useRevenueVsTarget(
    { from: year?.from ?? "", to: year?.to ?? "" },
    canNarrow && year !== null,
  );
  const [search, setSearch] = useState(state.q ?? "");
  const pushSearch = useDebouncedCallback(
    (q: string) => onChange({ q: q.trim() || undefined, page: undefined }),
    300,
  );
  const change = (key: string) => (value: string | null) =>
    onChange({ [key]: value ?? undefined, page: undefined });
  const table = state.view === "table";

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("pipeline.filters.label")}>
      {canNarrow ? (
        <PersonFilter
          people={scope.data?.reps ?? []}
          value={state.personId}
          onChange={(personId) => onChange({ personId, page: undefined })}
        />
      ) : null}
      <Select
        label={t("pipeline.filters.motion")}
        placeholder={t("pipeline.filters.allMotions")}
        size="sm"
        w={200}
        clearable
        data={[
          { value: "new_business", label: t("pipeline.motion.new_business") },
          { value: "expansion_renewal", label: t("pipeline.motion.expansion_renewal") },
        ]}
        value={state.motion ?? null}
        onChange={change("motion")}
        data-testid="filter-motion"
      />
      {state.view === "analytics" ? (
        <>
          <TextInput
            type="date"
            size="sm"
            label={t("pipeline.filters.createdFrom")}
            value={state.createdFrom ?? ""}
            onChange={(e) => onChange({ createdFrom: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            size="sm"
            label={t("pipeline.filters.createdTo")}
            value={state.createdTo ?? ""}
            onChange={(e) => onChange({ createdTo: e.currentTarget.value || undefined })}
          />
        </>
      ) : (
        <>
          <TextInput
            type="date"
            size="sm"
            label={t("pipeline.filters.closeFrom")}
            value={state.closeFrom ?? ""}
            onChange={(e) => onChange({ closeFrom: e.currentTarget.value || undefined, page: undefined })}
          />
          <TextInput
            type="date"
            size="sm"
            label={t("pipeline.filters.closeTo")}
            value={state.closeTo ?? ""}
            onChange={(e) => onChange({ closeTo: e.currentTarget.value || undefined, page: undefined })}
          />
        </>
      )}
      {table ? (
        <>
          <Select
            label={t("pipeline.filters.stage")}
            placeholder={t("pipeline.filters.allStages")}
            size="sm"
            w={180}
            clearable
            data={[...stages]}
            value={state.stage ?? null}
            onChange={change("stage")}
            data-testid="filter-stage"
          />
          <Select
            label={t("pipeline.filters.flag")}
            placeholder={t("pipeline.filters.anyFlag")}
            size="sm"
            w={200}
            clearable
            data={riskFlagKinds.map((kind) => ({ value: kind, label: t(`pipeline.flags.kind.${kind}`) }))}
            value={state.flag ?? null}
            onChange={change("flag")}
            data-testid="filter-flag"
          />
          <TextInput
            size="sm"
            w={220}
            type="search"
            label={t("pipeline.filters.search")}
            placeholder={t("pipeline.filters.searchPlaceholder")}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              pushSearch(e.currentTarget.value);
            }}
            data-testid="filter-search"
          />
        </>
      ) : null}
    </Group>
  );
}
