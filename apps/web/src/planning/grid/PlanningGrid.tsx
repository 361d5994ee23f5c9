import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { Grid, GridChange, Scenario } from "../../api/planning-types";
import { planningKey } from "../../api/use-planning";
import { useGrid, usePatchGrid, useSubmissionAction } from "../../api/use-planning-grid";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { isPlanner } from "../shared/planning-roles";
import { emptyHistory, type GridHistory, historyKey, recordEdit, redoEdit, undoEdit } from "./grid-history";
import { GridTable } from "./GridTable";
import { GridTotals } from "./GridTotals";
import { inverseChanges } from "./inverse-changes";
import { parentNodeIds, visibleRows } from "./visible-rows";

/**
 * The editable quota grid of a scenario. Each edit is sent at once against the grid's revision; the inverse of what
 * it moved is kept, so Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) are ordinary edits too. A 409 means someone else changed
 * the scenario first: nothing of ours was applied, and the planner reloads to see their work.
 */
export function PlanningGrid({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const client = useQueryClient();
  const grid = useGrid(scenario.id);
  const patch = usePatchGrid(scenario.id);
  const submission = useSubmissionAction(scenario.id);
  const [history, setHistory] = useState<GridHistory>(emptyHistory);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const writable = scenario.status === "draft";
  const stale = patch.error instanceof ApiProblem && patch.error.status === 409;

  const rows = useMemo(() => visibleRows(grid.data?.rows ?? [], collapsed), [grid.data, collapsed]);
  const collapsible = useMemo(() => parentNodeIds(grid.data?.rows ?? []), [grid.data]);

  const send = (changes: GridChange[], onApplied: (before: Grid, after: Grid) => void) => {
    const before = grid.data;
    if (!before || changes.length === 0 || patch.isPending) return;
    patch.mutate(
      { baseRevision: before.revision, changes },
      { onSuccess: (after) => onApplied(before, after) },
    );
  };
  const edit = (change: GridChange) =>
    send([change], (before, after) =>
      setHistory((h) => recordEdit(h, { forward: [change], backward: inverseChanges(before, after) })),
    );
  const undo = () => {
    const step = undoEdit(history);
    if (step) send(step.edit.backward, () => setHistory(step.next));
  };
  const redo = () => {
    const step = redoEdit(history);
    if (step) send(step.edit.forward, () => setHistory(step.next));
  };
  const reload = () => {
    patch.reset();
    setHistory(emptyHistory);
    void client.invalidateQueries({ queryKey: planningKey });
  };
  // The shortcuts work wherever the focus is on the page (after an edit it may have left the grid), except in a text
  // field, where the browser's own text undo applies.
  const shortcuts = useRef({ undo, redo, writable });
  shortcuts.current = { undo, redo, writable };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const key = historyKey(event);
      if (!key || !shortcuts.current.writable) return;
      event.preventDefault();
      if (key === "undo") shortcuts.current.undo();
      else shortcuts.current.redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  if (grid.isError) return <ApiError error={grid.error} />;
  if (!grid.data) return <Skeleton h={480} />;

  return (
    <Stack gap="sm" data-testid="grid-panel" data-revision={grid.data.revision}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <GridTotals grid={grid.data} currency={scenario.currency} />
        {writable ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={history.done.length === 0 || patch.isPending}
              onClick={undo}
              aria-keyshortcuts="Control+Z"
              data-testid="grid-undo"
            >
              {t("planning.grid.undo")}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={history.undone.length === 0 || patch.isPending}
              onClick={redo}
              aria-keyshortcuts="Control+Shift+Z"
              data-testid="grid-redo"
            >
              {t("planning.grid.redo")}
            </Button>
            <Text size="xs" c="dimmed" role="status" data-testid="grid-save-state">
              {patch.isPending
                ? t("planning.grid.saving")
                : t("planning.grid.revision", { revision: grid.data.revision })}
            </Text>
          </Group>
        ) : null}
      </Group>
      {stale ? (
        <Alert color="orange" title={t("planning.grid.staleTitle")} role="alert" data-testid="grid-stale">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("planning.grid.staleBody")}</Text>
            <Button size="xs" onClick={reload} data-testid="grid-reload">
              {t("planning.grid.reload")}
            </Button>
          </Stack>
        </Alert>
      ) : patch.isError ? (
        <ApiError error={patch.error} testId="grid-error" />
      ) : null}
      {submission.isError ? <ApiError error={submission.error} /> : null}
      <Paper withBorder radius="md" p={0}>
        <GridTable
          grid={grid.data}
          rows={rows}
          currency={scenario.currency}
          collapsible={collapsible}
          collapsed={collapsed}
          onToggle={(nodeId) =>
            setCollapsed((current) => {
              const next = new Set(current);
              if (!next.delete(nodeId)) next.add(nodeId);
              return next;
            })
          }
          writable={writable && !stale}
          onChange={edit}
          submissions={{
            canAct: isPlanner(me.role) || me.role === "manager",
            canApprove: isPlanner(me.role) || me.role === "manager",
            callerName: me.displayName,
            busy: submission.isPending,
            onAction: (nodeId, action) => submission.mutate({ nodeId, action }),
          }}
        />
      </Paper>
      <Text size="xs" c="dimmed">
        {t("planning.grid.hint")}
      </Text>
    </Stack>
  );
}
