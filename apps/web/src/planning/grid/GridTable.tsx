import { ActionIcon, Group, Table, Text, Tooltip } from "@mantine/core";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Grid, GridChange, GridRow, SubmissionAction } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { compareDecimalStrings } from "../../format/decimal-string";
import { formatMonth } from "../../format/format-date";
import { formatPlanAmount } from "../shared/format-plan-amount";
import { QuotaCell } from "./QuotaCell";
import { cellsInDirection } from "./step-cell";
import { SubmissionActions } from "./SubmissionActions";
import "./planning-grid.css";

type Props = {
  grid: Grid;
  rows: GridRow[];
  currency: string;
  collapsible: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  onToggle: (nodeId: string) => void;
  /** False for a published or archived scenario: nothing is editable. */
  writable: boolean;
  onChange: (change: GridChange) => void;
  submissions: {
    canAct: boolean;
    canApprove: boolean;
    callerName: string;
    busy: boolean;
    onAction: (nodeId: string, action: SubmissionAction) => void;
  };
};

const annualCol = 12;

/** A figure to check: a capacity gap above 0 (quota beyond what people can deliver) or anything unallocated is red. */
function Amount({ value, warn }: { value: string | null; warn: "above0" | "not0" | "never" }) {
  const locale = useAppLocale();
  if (value === null)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  const sign = compareDecimalStrings(value, "0");
  const bad = warn === "above0" ? sign > 0 : warn === "not0" ? sign !== 0 : false;
  return <span className={bad ? "plan-gap-negative" : undefined}>{formatPlanAmount(value, locale)}</span>;
}

/** Hierarchy rows × fiscal months, then the annual and the figures it is checked against. */
export function GridTable({
  grid,
  rows,
  currency,
  collapsible,
  collapsed,
  onToggle,
  writable,
  onChange,
  submissions,
}: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const body = useRef<HTMLTableSectionElement>(null);

  const moveFocus = (key: string, row: number, col: number) => {
    for (const cell of cellsInDirection({ row, col }, key, { rows: rows.length, cols: annualCol + 1 }) ??
      []) {
      const target = body.current?.querySelector<HTMLElement>(
        `[data-cell-row="${cell.row}"][data-cell-col="${cell.col}"]`,
      );
      if (target) {
        target.focus();
        return;
      }
    }
  };

  return (
    <Table.ScrollContainer minWidth={2100} maxHeight={640}>
      <Table className="plan-grid" withColumnBorders striped data-testid="planning-grid">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span size="sm" c="dimmed">
            {t("planning.grid.caption", { currency })}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="plan-node">
              {t("planning.grid.node")}
            </Table.Th>
            {grid.months.map((month) => (
              <Table.Th key={month} scope="col" ta="right">
                {formatMonth(month, locale, "axis")}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t("planning.grid.annual")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.grid.topDown")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.grid.capacityGap")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.grid.unallocated")}
            </Table.Th>
            <Table.Th scope="col" miw={240}>
              {t("planning.grid.submission")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {rows.map((row, index) => {
            const editable = writable && row.editable;
            const open = !collapsed.has(row.nodeId);
            return (
              <Table.Tr
                key={row.nodeId}
                data-testid="grid-row"
                data-node-id={row.nodeId}
                data-kind={row.kind}
                data-annual={row.annual}
                data-unallocated={row.unallocated ?? ""}
              >
                <Table.Th scope="row" className="plan-node" title={row.trace.join("\n") || undefined}>
                  <Group gap={4} wrap="nowrap" pl={row.depth * 16}>
                    {collapsible.has(row.nodeId) ? (
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="gray"
                        aria-expanded={open}
                        aria-label={t(open ? "planning.grid.collapse" : "planning.grid.expand", {
                          name: row.name,
                        })}
                        onClick={() => onToggle(row.nodeId)}
                      >
                        {open ? "▾" : "▸"}
                      </ActionIcon>
                    ) : (
                      <span style={{ width: 18, display: "inline-block" }} />
                    )}
                    <Text span size="sm" truncate fw={row.kind === "person" ? 400 : 600}>
                      {row.name}
                    </Text>
                    {row.locked ? (
                      <Tooltip label={t("planning.grid.lockedHint")}>
                        <span
                          className="plan-marker"
                          data-testid="locked-marker"
                          role="img"
                          aria-label={t("planning.grid.locked")}
                        >
                          🔒
                        </span>
                      </Tooltip>
                    ) : null}
                    {row.edited ? (
                      <Tooltip label={t("planning.grid.editedHint")}>
                        <span
                          className="plan-marker"
                          data-testid="edited-marker"
                          role="img"
                          aria-label={t("planning.grid.edited")}
                        >
                          ✎
                        </span>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Th>
                {grid.months.map((month, col) => (
                  <Table.Td key={month} className="num" data-month={month}>
                    <QuotaCell
                      amount={row.months[col] ?? "0"}
                      label={`${row.name}, ${formatMonth(month, locale, "long")}`}
                      editable={editable && row.kind === "person"}
                      row={index}
                      col={col}
                      onArrow={moveFocus}
                      onCommit={(amount) => onChange({ nodeId: row.nodeId, month, amount })}
                    />
                  </Table.Td>
                ))}
                <Table.Td className="num plan-annual" data-testid="annual">
                  <QuotaCell
                    amount={row.annual}
                    label={t("planning.grid.annualOf", { name: row.name })}
                    editable={editable}
                    row={index}
                    col={annualCol}
                    onArrow={moveFocus}
                    onCommit={(annual) => onChange({ nodeId: row.nodeId, annual })}
                  />
                </Table.Td>
                <Table.Td className="num">
                  <Amount value={row.topDown} warn="never" />
                </Table.Td>
                <Table.Td className="num">
                  <Amount value={row.capacityGap} warn="above0" />
                </Table.Td>
                <Table.Td className="num" data-testid="unallocated">
                  <Amount value={row.unallocated} warn="not0" />
                </Table.Td>
                <Table.Td>
                  <SubmissionActions row={row} {...submissions} canAct={submissions.canAct && writable} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
