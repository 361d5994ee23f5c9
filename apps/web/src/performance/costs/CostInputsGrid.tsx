import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CostCategory } from "../../api/performance-types";
import { useCosts, useSaveCosts } from "../../api/use-costs";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { formatMonth } from "../../format/format-date";
import {
  type CostColumn,
  cellId,
  columnId,
  costColumns,
  isAmount,
  monthsEnding,
  rowsFromCells,
} from "./cost-grid";

/** The CAC inputs: monthly sales and marketing costs (optionally per channel), typed as exact decimals and saved at once. */
export function CostInputsGrid() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const months = useMemo(() => monthsEnding(me.today.slice(0, 7), 12), [me.today]);
  const from = months[0] ?? me.today.slice(0, 7);
  const to = months[months.length - 1] ?? from;
  const costs = useCosts(from, to);
  const save = useSaveCosts();
  const [cells, setCells] = useState<Record<string, string>>({});
  const [columns, setColumns] = useState<CostColumn[]>(costColumns([]));
  const [newCategory, setNewCategory] = useState<CostCategory>("marketing");
  const [newChannel, setNewChannel] = useState("");
  const currency = me.workspace.reportingCurrency;

  useEffect(() => {
    if (!costs.data) return;
    setColumns(costColumns(costs.data));
    setCells(
      Object.fromEntries(
        costs.data.map((row) => [
          cellId(row.month.slice(0, 7), { category: row.category, channel: row.channel || null }),
          row.amount,
        ]),
      ),
    );
  }, [costs.data]);

  const invalid = Object.values(cells).some((text) => text.trim() !== "" && !isAmount(text));
  const columnLabel = (column: CostColumn) =>
    column.channel
      ? t("performance.costs.categoryChannel", {
          category: t(`performance.costs.category.${column.category}`),
          channel: column.channel,
        })
      : t(`performance.costs.category.${column.category}`);

  if (costs.isPending) return <Skeleton h={320} />;
  if (costs.isError) return <ApiError error={costs.error} />;
  return (
    <Paper withBorder p="md" data-testid="cost-grid">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("performance.costs.hint", { currency })}
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table withColumnBorders aria-label={t("performance.costs.tab")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("performance.costs.month")}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={columnId(column)}>{columnLabel(column)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((month) => (
                <Table.Tr key={month}>
                  <Table.Th scope="row">{formatMonth(month, locale, "long")}</Table.Th>
                  {columns.map((column) => {
                    const id = cellId(month, column);
                    const text = cells[id] ?? "";
                    return (
                      <Table.Td key={id}>
                        <TextInput
                          size="xs"
                          inputMode="decimal"
                          aria-label={t("performance.costs.cell", {
                            month: formatMonth(month, locale, "long"),
                            column: columnLabel(column),
                          })}
                          value={text}
                          error={
                            text.trim() !== "" && !isAmount(text) ? t("performance.costs.invalid") : undefined
                          }
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setCells((current) => ({ ...current, [id]: value }));
                          }}
                          classNames={{ input: "tabular" }}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group align="flex-end">
          <NativeSelect
            size="xs"
            label={t("performance.costs.newColumnCategory")}
            value={newCategory}
            onChange={(e) => setNewCategory(e.currentTarget.value === "sales" ? "sales" : "marketing")}
            data={[
              { value: "sales", label: t("performance.costs.category.sales") },
              { value: "marketing", label: t("performance.costs.category.marketing") },
            ]}
          />
          <TextInput
            size="xs"
            label={t("performance.costs.newColumnChannel")}
            value={newChannel}
            onChange={(e) => setNewChannel(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={newChannel.trim() === ""}
            onClick={() => {
              const column = { category: newCategory, channel: newChannel.trim() };
              if (!columns.some((c) => columnId(c) === columnId(column))) setColumns([...columns, column]);
              setNewChannel("");
            }}
          >
            {t("performance.costs.addColumn")}
          </Button>
        </Group>
        {save.isError ? <ApiError error={save.error} /> : null}
        {save.isSuccess ? (
          <Alert color="teal" role="status">
            {t("performance.costs.saved")}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button
            disabled={invalid}
            loading={save.isPending}
            onClick={() => save.mutate(rowsFromCells(cells, months, columns, currency))}
          >
            {t("performance.costs.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
