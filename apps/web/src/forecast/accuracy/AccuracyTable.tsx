import { Button, Checkbox, Paper, ScrollArea, Table, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AccuracyLine } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatCount } from "../../format/format-count";
import { formatAttainment } from "../../format/format-percent";
import {
  type AccuracySort,
  type AccuracySortKey,
  accuracyLineKey,
  nextAccuracySort,
  sortAccuracyLines,
} from "./sort-accuracy-lines";
import { categoryLabel, useLineName } from "./use-line-name";

type Props = { lines: readonly AccuracyLine[]; charted: readonly string[]; onToggle: (key: string) => void };

const pageSize = 50;

const columns: { key: AccuracySortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "forecast.accuracy.person", numeric: false },
  { key: "source", label: "forecast.accuracy.source", numeric: false },
  { key: "category", label: "forecast.accuracy.category", numeric: false },
  { key: "mape", label: "forecast.accuracy.mape", numeric: true },
  { key: "bias", label: "forecast.accuracy.bias", numeric: true },
];

/** MAPE and bias by person, team roll-up and the statistical forecast; sortable; a tick puts a line in the chart. */
export function AccuracyTable({ lines, charted, onToggle }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const lineName = useLineName();
  const [sort, setSort] = useState<AccuracySort>({ key: "mape", direction: "asc" });
  const [shown, setShown] = useState(pageSize);
  const sorted = sortAccuracyLines(lines, sort, locale);
  return (
    <Paper withBorder radius="md" p="xs">
      <ScrollArea type="auto">
        <Table highlightOnHover verticalSpacing="xs" data-testid="accuracy-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("forecast.accuracy.chart")}</Table.Th>
              {columns.map((c) => {
                const active = sort.key === c.key;
                const label = t(c.label);
                return (
                  <Table.Th
                    key={c.key}
                    scope="col"
                    ta={c.numeric ? "right" : "left"}
                    aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                  >
                    <UnstyledButton
                      className="sort-button"
                      onClick={() => setSort(nextAccuracySort(sort, c.key))}
                      aria-label={t("forecast.accuracy.sortBy", { column: label })}
                    >
                      {label}
                      <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
                        {active ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.slice(0, shown).map((line) => {
              const key = accuracyLineKey(line);
              return (
                <Table.Tr
                  key={key}
                  data-person-id={line.personId}
                  data-source={line.source}
                  data-category={line.category}
                >
                  <Table.Td>
                    <Checkbox
                      checked={charted.includes(key)}
                      onChange={() => onToggle(key)}
                      aria-label={t("forecast.accuracy.chartFor", { name: lineName(line) })}
                    />
                  </Table.Td>
                  <Table.Th scope="row">{line.name}</Table.Th>
                  <Table.Td>{t(`forecast.accuracy.sources.${line.source}`)}</Table.Td>
                  <Table.Td>{categoryLabel(line.category, t)}</Table.Td>
                  <Table.Td className="num" data-testid="mape">
                    {formatAttainment(line.mape, locale)}
                  </Table.Td>
                  <Table.Td className="num" data-testid="bias">
                    {formatAttainment(line.bias, locale)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {sorted.length > shown ? (
        <Button
          variant="subtle"
          size="xs"
          m="xs"
          onClick={() => setShown((n) => n + pageSize)}
          data-testid="accuracy-more"
        >
          {t("forecast.accuracy.more", {
            shown: formatCount(shown, locale),
            total: formatCount(sorted.length, locale),
          })}
        </Button>
      ) : null}
    </Paper>
  );
}
