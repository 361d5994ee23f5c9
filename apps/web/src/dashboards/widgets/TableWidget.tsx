import { Table, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKpiText } from "../use-kpi-text";
import { joinBreakdowns } from "./table-rows";
import { useWidgetBreakdowns } from "./use-widget-breakdowns";
import { WidgetState } from "./WidgetState";
import type { WidgetView } from "./widget-view";

/** Rows of a dimension × several KPIs; every cell lists the rows behind it. */
export function TableWidget({ widget, filters, onDrill }: WidgetView) {
  const { t } = useTranslation();
  const text = useKpiText();
  const queries = useWidgetBreakdowns(widget, filters);
  const pending = queries.find((q) => !q.data);
  if (pending) return <WidgetState query={pending} />;
  const breakdowns = queries.map((q) => q.data);
  const rows = joinBreakdowns(breakdowns);
  const by = widget.by ?? "person";
  const currency = breakdowns[0]?.currency ?? "EUR";
  if (rows.length === 0) return <Text c="dimmed">{t("dashboards.widget.noData")}</Text>;
  return (
    <Table.ScrollContainer minWidth={360} h="100%">
      <Table striped fz="sm" stickyHeader data-testid="kpi-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`dashboards.dimensions.${by}`)}</Table.Th>
            {widget.kpis.map((key) => (
              <Table.Th key={key} scope="col" ta="right">
                {text.name(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-row-id={row.id}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              {row.cells.map((cell, i) => {
                const key = widget.kpis[i] ?? "";
                const formatted = text.format(key, cell?.value ?? null, currency);
                return (
                  <Table.Td key={key} className="num" data-kpi={key} data-value={cell?.value ?? ""}>
                    {cell?.value == null ? (
                      <span title={cell?.reason?.message}>—</span>
                    ) : (
                      <UnstyledButton
                        className="drill"
                        fz="sm"
                        onClick={() =>
                          onDrill({ key, dimension: by, dimensionValue: row.id, label: row.label })
                        }
                        aria-label={t("dashboards.cell.drill", {
                          name: text.name(key),
                          row: row.label,
                          value: formatted,
                        })}
                      >
                        {formatted}
                      </UnstyledButton>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
