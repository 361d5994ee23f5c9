import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardDimension, DashboardWidget, KpiCategory, WidgetType } from "../../api/kpi-types";
import { useKpiText } from "../use-kpi-text";
import { needs, type WidgetChoice, widgetFromChoice, widgetTypeList } from "./new-widget";

const dimensions: readonly DashboardDimension[] = [
  "person",
  "team",
  "region",
  "segment",
  "product",
  "channel",
  "month",
];
const categories: readonly KpiCategory[] = [
  "sales",
  "pipeline",
  "customers",
  "activity",
  "marketing",
  "quality",
  "finance",
];

type Props = {
  opened: boolean;
  onClose: () => void;
  onAdd: (widget: Omit<DashboardWidget, "x" | "y">) => void;
};

/** Picks a widget type, its KPI(s) from the catalogue (grouped by category, searchable), dimension or funnel. */
export function AddWidgetModal({ opened, onClose, onAdd }: Props) {
  const { t } = useTranslation();
  const text = useKpiText();
  const [choice, setChoice] = useState<WidgetChoice>({
    type: "tile",
    kpis: [],
    by: "person",
    funnel: "sales",
    title: "",
  });
  const need = needs(choice.type);
  const kpis = text.catalogue.data?.kpis ?? [];
  const groups = categories
    .map((category) => ({
      group: t(`dashboards.categories.${category}`),
      items: kpis
        .filter((k) => k.category === category)
        .map((k) => ({ value: k.key, label: text.name(k.key) })),
    }))
    .filter((g) => g.items.length > 0);
  const widget = widgetFromChoice(choice, newWidgetId());

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("dashboards.add.title")}
      closeButtonProps={{ "aria-label": t("dashboards.add.cancel") }}
    >
      <Stack gap="sm">
        <Select
          label={t("dashboards.add.type")}
          allowDeselect={false}
          data={widgetTypeList.map((type) => ({ value: type, label: t(`dashboards.widgetTypes.${type}`) }))}
          value={choice.type}
          onChange={(type) => type && setChoice((c) => ({ ...c, type: type as WidgetType }))}
        />
        {need.oneKpi ? (
          <Select
            label={t("dashboards.add.kpi")}
            searchable
            nothingFoundMessage="—"
            data={groups}
            value={choice.kpis[0] ?? null}
            onChange={(key) => setChoice((c) => ({ ...c, kpis: key ? [key] : [] }))}
          />
        ) : null}
        {need.manyKpis ? (
          <MultiSelect
            label={t("dashboards.add.kpis")}
            searchable
            nothingFoundMessage="—"
            data={groups}
            value={choice.kpis}
            onChange={(keys) => setChoice((c) => ({ ...c, kpis: keys }))}
          />
        ) : null}
        {need.dimension ? (
          <Select
            label={t("dashboards.add.by")}
            allowDeselect={false}
            data={dimensions.map((d) => ({ value: d, label: t(`dashboards.dimensions.${d}`) }))}
            value={choice.by}
            onChange={(by) => by && setChoice((c) => ({ ...c, by: by as DashboardDimension }))}
          />
        ) : null}
        {need.funnel ? (
          <Select
            label={t("dashboards.add.funnel")}
            allowDeselect={false}
            data={(["sales", "marketing", "stages"] as const).map((f) => ({
              value: f,
              label: t(`dashboards.funnels.${f}`),
            }))}
            value={choice.funnel}
            onChange={(f) => f && setChoice((c) => ({ ...c, funnel: f as WidgetChoice["funnel"] }))}
          />
        ) : null}
        <TextInput
          label={t("dashboards.add.widgetTitle")}
          description={t("dashboards.add.widgetTitleHint")}
          value={choice.title}
          onChange={(event) => {
            const title = event.currentTarget.value;
            setChoice((c) => ({ ...c, title }));
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("dashboards.add.cancel")}
          </Button>
          <Button
            disabled={!widget}
            onClick={() => {
              if (!widget) return;
              onAdd(widget);
              setChoice((c) => ({ ...c, kpis: [], title: "" }));
            }}
          >
            {t("dashboards.add.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function newWidgetId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? `w-${crypto.randomUUID().slice(0, 8)}`
    : `w-${Date.now().toString(36)}`;
}
