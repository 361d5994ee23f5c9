import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { DashboardFilters } from "../../api/kpi-types";
import { useKpiRows } from "../../api/use-kpis";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { formatKpiValue } from "../format/format-kpi-value";
import { useKpiText } from "../use-kpi-text";
import { type DrillColumn, isAppPath, knownColumns } from "./drill-cell";
import type { DrillTarget } from "./drill-target";

const pageSize = 50;

type Props = { target: DrillTarget | null; filters: DashboardFilters; onClose: () => void };

/** The rows behind a clicked number, a page at a time, with the measure's total (which equals that number). */
export function DrillDrawer({ target, filters, onClose }: Props) {
  const { t } = useTranslation();
  const text = useKpiText();
  const locale = text.locale;
  const [page, setPage] = useState(1);
  const [measure, setMeasure] = useState<string | undefined>(target?.measure);
  useEffect(() => {
    setPage(1);
    setMeasure(target?.measure);
  }, [target]);
  const rows = useKpiRows(target ? { ...filters, ...target, measure, page, pageSize } : null);
  const data = rows.data;
  const measures = target ? (text.byKey.get(target.key)?.measures ?? []) : [];
  const title = target
    ? target.label
      ? t("dashboards.drill.titleOf", { name: text.name(target.key), label: target.label })
      : t("dashboards.drill.title", { name: text.name(target.key) })
    : "";
  const pages = data ? Math.max(1, Math.ceil(data.totalRows / data.pageSize)) : 1;

  const cell = (column: DrillColumn, row: Record<string, string | number | null>) => {
    const value = row[column.key] ?? null;
    if (value === null || value === "") return "—";
    if (column.type === "link")
      return isAppPath(value) ? (
        <Anchor component={Link} to={value} size="xs">
          {t("dashboards.drill.open")}
        </Anchor>
      ) : (
        String(value)
      );
    if (column.type === "currency") {
      // An amount in the row's own currency when the row says so, else in the reporting currency.
      const code =
        typeof row.currency === "string" && /^[A-Z]{3}$/.test(row.currency) ? row.currency : data?.currency;
      return formatMoney(String(value), code ?? "EUR", locale);
    }
    if (column.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value))
      return formatDate(value.slice(0, 10), locale);
    if (column.type === "number")
      return formatKpiValue(String(value), "count", data?.currency ?? "EUR", locale);
    return String(value);
  };

  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="72rem"
      title={
        <Text fw={700} size="lg" component="h2">
          {title}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("dashboards.drill.close") }}
      data-testid="drill-drawer"
    >
      <Stack gap="sm">
        {measures.length > 1 ? (
          <SegmentedControl
            aria-label={t("dashboards.drill.measure")}
            size="xs"
            value={measure ?? data?.measure ?? measures[0] ?? ""}
            onChange={(next) => {
              setMeasure(next);
              setPage(1);
            }}
            data={measures.map((m) => ({ value: m, label: text.measureLabel(m) }))}
          />
        ) : null}
        {rows.isError ? (
          <Alert color="red" role="alert">
            {t("dashboards.drill.error", {
              detail: rows.error instanceof ApiProblem ? (rows.error.detail ?? rows.error.title) : "",
            })}
          </Alert>
        ) : !data ? (
          <Group justify="center" p="xl">
            <Loader aria-label={t("app.loading")} />
          </Group>
        ) : (
          <>
            <Group justify="space-between">
              <Text
                fw={600}
                className="num"
                ta="left"
                data-testid="drill-total"
                data-value={data.measureTotal}
              >
                {t("dashboards.drill.total", {
                  measure: text.measureLabel(data.measure),
                  value: formatKpiValue(
                    data.measureTotal,
                    text.measureUnit(data.measure),
                    data.currency,
                    locale,
                  ),
                })}
              </Text>
              <Text size="sm" c="dimmed" role="status">
                {t("dashboards.drill.rows", {
                  count: data.totalRows,
                  value: formatCount(data.totalRows, locale),
                })}
              </Text>
            </Group>
            {data.rows.length === 0 ? (
              <Text c="dimmed">{t("dashboards.drill.empty")}</Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table striped fz="xs" data-testid="drill-table" aria-busy={rows.isPlaceholderData}>
                  <caption style={{ position: "absolute", left: -10000 }}>{title}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      {data.columns.map((column) => (
                        <Table.Th
                          key={column.key}
                          scope="col"
                          ta={column.type === "currency" || column.type === "number" ? "right" : undefined}
                        >
                          {knownColumns.has(column.key)
                            ? t(`dashboards.columns.${column.key}`, { defaultValue: column.label })
                            : column.label}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((row, index) => (
                      <Table.Tr key={String(row.id ?? index)}>
                        {data.columns.map((column) => (
                          <Table.Td
                            key={column.key}
                            className={
                              column.type === "currency" || column.type === "number" ? "num" : undefined
                            }
                            data-column={column.key}
                          >
                            {cell(column, row)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {pages > 1 ? (
              <Group justify="center" gap="sm">
                <Button
                  variant="default"
                  size="xs"
                  disabled={page <= 1}
                  onClick={() => setPage((p) => p - 1)}
                >
                  {t("dashboards.drill.previous")}
                </Button>
                <Text size="sm" className="num">
                  {t("dashboards.drill.page", {
                    page: formatCount(page, locale),
                    pages: formatCount(pages, locale),
                  })}
                </Text>
                <Button
                  variant="default"
                  size="xs"
                  disabled={page >= pages}
                  onClick={() => setPage((p) => p + 1)}
                >
                  {t("dashboards.drill.next")}
                </Button>
              </Group>
            ) : null}
          </>
        )}
      </Stack>
    </Drawer>
  );
}
