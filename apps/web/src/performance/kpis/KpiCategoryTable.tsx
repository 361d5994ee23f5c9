import { Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { KpiDefinitionDto, KpiValueDto } from "../../api/kpi-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatKpiValue } from "../shared/format-kpi-value";
import { FormulaChips } from "./FormulaChips";

type Props = {
  category: string;
  kpis: KpiDefinitionDto[];
  measures: ReadonlyMap<string, { key: string; label: string; description: string }>;
  values: ReadonlyMap<string, KpiValueDto>;
  currency: string;
  valuesLoading: boolean;
  canEdit: boolean;
  onEdit: (kpi: KpiDefinitionDto) => void;
  onArchive: (kpi: KpiDefinitionDto) => void;
};

/** One category of the catalogue: each KPI's definition and its current value for the caller's scope. */
export function KpiCategoryTable({
  category,
  kpis,
  measures,
  values,
  currency,
  valuesLoading,
  canEdit,
  onEdit,
  onArchive,
}: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const headingId = `kpi-category-${category}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb="sm">
        {t(`performance.kpis.category.${category}`, { defaultValue: category })}
      </Title>
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="xs" striped aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("performance.kpis.column.kpi")}</Table.Th>
              <Table.Th>{t("performance.kpis.column.formula")}</Table.Th>
              <Table.Th>{t("performance.kpis.column.unit")}</Table.Th>
              <Table.Th>{t("performance.kpis.column.aggregation")}</Table.Th>
              <Table.Th>{t("performance.kpis.column.owner")}</Table.Th>
              <Table.Th ta="right">{t("performance.kpis.column.target")}</Table.Th>
              <Table.Th ta="right">{t("performance.kpis.column.value")}</Table.Th>
              {canEdit ? <Table.Th>{t("performance.kpis.column.actions")}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kpis.map((kpi) => {
              const value = values.get(kpi.key);
              return (
                <Table.Tr key={kpi.key} data-testid="kpi-row" data-kpi-key={kpi.key}>
                  <Table.Th scope="row" fw={400} maw={280}>
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Text fw={600} size="sm" data-testid="kpi-name">
                          {kpi.name}
                        </Text>
                        {kpi.custom ? (
                          <Badge size="xs" variant="outline">
                            {t("performance.kpis.custom")}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {kpi.description}
                      </Text>
                    </Stack>
                  </Table.Th>
                  <Table.Td maw={300}>
                    <FormulaChips formula={kpi.formula} measures={measures} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`performance.kpis.unit.${kpi.unit}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`performance.kpis.direction.${kpi.direction}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t("performance.kpis.overTime", {
                        how: t(`performance.kpis.aggregation.${kpi.timeAggregation}`, {
                          defaultValue: kpi.timeAggregation,
                        }),
                      })}
                    </Text>
                    <Text size="xs">
                      {t("performance.kpis.overHierarchy", {
                        how: t(`performance.kpis.aggregation.${kpi.hierarchyAggregation}`, {
                          defaultValue: kpi.hierarchyAggregation,
                        }),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{kpi.owner}</Text>
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {kpi.target === null ? "—" : formatKpiValue(kpi.target, kpi.unit, currency, locale)}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    className="tabular"
                    data-testid="kpi-value"
                    data-value={value?.value ?? ""}
                  >
                    {valuesLoading ? (
                      "…"
                    ) : value?.reason && value.value === null ? (
                      <Tooltip label={value.reason.message} multiline w={260}>
                        <Text span size="sm" aria-label={`— ${value.reason.message}`}>
                          —
                        </Text>
                      </Tooltip>
                    ) : (
                      formatKpiValue(value?.value ?? null, kpi.unit, currency, locale)
                    )}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      {kpi.custom ? (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => onEdit(kpi)}
                            aria-label={t("performance.kpis.editNamed", { name: kpi.name })}
                          >
                            {t("performance.edit")}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => onArchive(kpi)}
                            aria-label={t("performance.kpis.archiveNamed", { name: kpi.name })}
                          >
                            {t("performance.kpis.archive")}
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
