import { Alert, Button, Group, Skeleton, Stack, Tabs, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { KpiDefinitionDto } from "../../api/kpi-types";
import { useArchiveCustomKpi, useKpiCatalogue, useKpiValues } from "../../api/use-kpi-catalogue";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { CostInputsGrid } from "../costs/CostInputsGrid";
import { CustomKpiModal } from "./CustomKpiModal";
import { KpiCategoryTable } from "./KpiCategoryTable";

const categoryOrder = ["sales", "pipeline", "customers", "activity", "marketing", "quality", "finance"];
/** Known categories in the catalogue's order, any other after them. */
const categoryRank = (category: string) => {
  const index = categoryOrder.indexOf(category);
  return index < 0 ? categoryOrder.length : index;
};
const kpiAuthors = new Set(["admin", "comp_admin", "marketing", "manager"]);
const costEditors = new Set(["admin", "comp_admin"]);

/** The KPI catalogue (definitions and current values for the caller's scope), custom KPIs, and the CAC cost inputs. */
export function KpiCataloguePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [tab, setTab] = useState<string | null>("catalogue");
  return (
    <Stack>
      <Title order={2}>{t("performance.kpis.title")}</Title>
      {costEditors.has(me.role) ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="catalogue">{t("performance.kpis.tabCatalogue")}</Tabs.Tab>
            <Tabs.Tab value="costs">{t("performance.costs.tab")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="catalogue" pt="md">
            <Catalogue />
          </Tabs.Panel>
          <Tabs.Panel value="costs" pt="md">
            <CostInputsGrid />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Catalogue />
      )}
    </Stack>
  );
}

function Catalogue() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const catalogue = useKpiCatalogue();
  const archive = useArchiveCustomKpi();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<KpiDefinitionDto | "new" | null>(null);
  const kpis = catalogue.data?.kpis ?? [];
  const values = useKpiValues(
    kpis.map((k) => k.key),
    {},
    catalogue.isSuccess,
  );

  const measures = useMemo(
    () => new Map((catalogue.data?.measures ?? []).map((m) => [m.key, m])),
    [catalogue.data],
  );
  const valueByKey = useMemo(
    () => new Map((values.data?.values ?? []).map((v) => [v.key, v])),
    [values.data],
  );
  const groups = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const shown = kpis.filter(
      (k) => !needle || `${k.key} ${k.name} ${k.description} ${k.formula}`.toLowerCase().includes(needle),
    );
    const categories = [...new Set(shown.map((k) => k.category))].sort(
      (a, b) => categoryRank(a) - categoryRank(b),
    );
    return categories.map((category) => ({ category, kpis: shown.filter((k) => k.category === category) }));
  }, [kpis, search]);
  const canEdit = kpiAuthors.has(me.role);

  if (catalogue.isPending) return <Skeleton h={320} />;
  if (catalogue.isError) return <ApiError error={catalogue.error} />;
  return (
    <Stack data-testid="kpi-catalogue">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t("performance.kpis.search")}
          placeholder={t("performance.kpis.searchPlaceholder")}
          type="search"
          w={320}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Group gap="sm" align="center">
          {values.data ? (
            <Text size="sm" c="dimmed" data-testid="kpi-scope">
              {t("performance.kpis.valuesFor", {
                scope: values.data.scope.name,
                from: values.data.from,
                to: values.data.to,
              })}
            </Text>
          ) : null}
          {canEdit ? <Button onClick={() => setEditing("new")}>{t("performance.kpis.new")}</Button> : null}
        </Group>
      </Group>
      {values.isError ? <ApiError error={values.error} /> : null}
      {archive.isError ? <ApiError error={archive.error} /> : null}
      {groups.length === 0 ? <Alert color="gray">{t("performance.kpis.noMatch")}</Alert> : null}
      {groups.map((group) => (
        <KpiCategoryTable
          key={group.category}
          category={group.category}
          kpis={group.kpis}
          measures={measures}
          values={valueByKey}
          currency={values.data?.currency ?? me.workspace.reportingCurrency}
          valuesLoading={values.isPending && values.fetchStatus !== "idle"}
          canEdit={canEdit}
          onEdit={setEditing}
          onArchive={(kpi) => {
            if (window.confirm(t("performance.kpis.archiveConfirm", { name: kpi.name })))
              archive.mutate(kpi.key);
          }}
        />
      ))}
      {editing ? (
        <CustomKpiModal
          editing={editing === "new" ? null : editing}
          measures={catalogue.data.measures}
          defaultOwner={me.displayName}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
