import { Alert, Anchor, Button, Group, Paper, ScrollArea, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ForecastGrid, GridRow } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatInstant } from "../shared/format-instant";
import { forecastCategories } from "./grid-columns";
import { GridValueCell } from "./GridValueCell";

type Props = {
  grid: ForecastGrid;
  busy: boolean;
  onDrill: (row: GridRow) => void;
  onOverride: (row: GridRow) => void;
  onHistory: (row: GridRow) => void;
};

// The person stays in view while the figures scroll sideways on narrow screens.
const stickyColumn = { position: "sticky", left: 0, zIndex: 1, minWidth: 160 } as const;

/** People × categories: the node first, then its direct reports, each cell the number the node sees. */
export function ForecastGridTable({ grid, busy, onDrill, onOverride, onHistory }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const locale = useAppLocale();
  const format = (amount: string | null) => (amount === null ? "—" : money(amount, grid.currency));
  const closed = grid.period.status === "closed";
  const rows = [grid.node, ...grid.rows];

  const row = (r: GridRow) => {
    const canOverride = !r.isNode && grid.editable.overrideIds.includes(r.personId);
    return (
      <Table.Tr
        key={r.personId}
        data-person-id={r.personId}
        data-node={r.isNode ? "true" : undefined}
        bg={r.isNode ? "var(--mantine-color-gray-0)" : undefined}
      >
        <Table.Th scope="row" style={stickyColumn} bg={r.isNode ? "gray.0" : "var(--mantine-color-body)"}>
          {!r.isNode && r.hasReports ? (
            <Anchor
              component="button"
              type="button"
              fw={600}
              size="sm"
              onClick={() => onDrill(r)}
              aria-label={t("forecast.grid.drillDown", { name: r.name })}
              data-testid="drill-down"
            >
              {r.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={r.isNode ? 700 : 600} data-testid="person-name">
              {r.name}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {r.jobRole}
          </Text>
        </Table.Th>
        {forecastCategories.map((category) => (
          <GridValueCell
            key={category}
            category={category}
            cell={r.cells[category]}
            currency={grid.currency}
            isNode={r.isNode}
          />
        ))}
        <Table.Td ta="right" className="num" data-testid="cell-commitForecast" data-value={r.commitForecast}>
          <Text size="sm" fw={600}>
            {format(r.commitForecast)}
          </Text>
        </Table.Td>
        <Table.Td
          ta="right"
          className="num"
          data-testid="cell-bestCaseForecast"
          data-value={r.bestCaseForecast}
        >
          <Text size="sm" fw={600}>
            {format(r.bestCaseForecast)}
          </Text>
        </Table.Td>
        <Table.Td ta="right" className="num" data-testid="cell-target" data-value={r.target ?? ""}>
          <Text size="sm">{format(r.target)}</Text>
        </Table.Td>
        <Table.Td
          ta="right"
          className="num"
          data-testid="cell-statistical"
          data-value={r.statistical?.expected ?? ""}
        >
          {r.statistical ? (
            <>
              <Text size="sm">{format(r.statistical.expected)}</Text>
              <Text size="xs" c="dimmed">
                {format(r.statistical.low)} – {format(r.statistical.high)}
              </Text>
            </>
          ) : (
            "—"
          )}
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {canOverride ? (
              <Button
                size="compact-xs"
                variant="light"
                disabled={closed}
                onClick={() => onOverride(r)}
                aria-label={t("forecast.grid.overrideFor", { name: r.name })}
                data-testid="override-button"
              >
                {t("forecast.grid.override")}
              </Button>
            ) : null}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onHistory(r)}
              aria-label={t("forecast.grid.historyFor", { name: r.name })}
              data-testid="history-button"
            >
              {t("forecast.grid.history")}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("forecast.grid.title")}
        </Title>
        {grid.lastSubmittedAt ? (
          <Text size="xs" c="dimmed" data-testid="last-submitted">
            {t("forecast.grid.lastSubmitted", { at: formatInstant(grid.lastSubmittedAt, locale) })}
          </Text>
        ) : null}
      </Group>
      {closed ? (
        <Alert color="gray" mb="xs" data-testid="period-closed">
          {t("forecast.call.closed", { period: grid.period.label })}
        </Alert>
      ) : null}
      <ScrollArea type="auto">
        <Table
          striped={false}
          highlightOnHover
          verticalSpacing="xs"
          data-testid="forecast-grid"
          aria-busy={busy}
          horizontalSpacing="xs"
          style={{ opacity: busy ? 0.6 : 1 }}
        >
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text size="xs" c="dimmed" component="span">
              {t("forecast.grid.caption", { name: grid.node.name, period: grid.period.label })}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={stickyColumn} bg="var(--mantine-color-body)">
                {t("forecast.grid.person")}
              </Table.Th>
              {forecastCategories.map((category) => (
                <Table.Th key={category} scope="col" ta="right">
                  {t(`forecast.categories.${category}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t("forecast.grid.commitForecast")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.grid.bestCaseForecast")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.grid.target")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.grid.statistical")}
              </Table.Th>
              <Table.Th scope="col">{t("forecast.grid.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows.map(row)}</Table.Tbody>
        </Table>
      </ScrollArea>
      {grid.rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t("forecast.grid.empty")}
        </Text>
      ) : null}
    </Paper>
  );
}
