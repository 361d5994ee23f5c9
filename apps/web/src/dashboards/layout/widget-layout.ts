import type { DashboardWidget } from "../../api/kpi-types";

/**
 * Arranging widgets on the 12-column grid without ever producing what the server refuses (an overlap or a widget
 * off the grid). Every change pins the widget it is about, pushes whatever it now overlaps further down, then
 * compacts the grid upwards, so the layout stays dense and every step is reversible by the opposite step.
 */
export const gridColumns = 12;
export const maxWidgetHeight = 8;
export type MoveDirection = "up" | "down" | "left" | "right";
export type ResizeChange = "wider" | "narrower" | "taller" | "shorter";

const overlaps = (a: DashboardWidget, b: DashboardWidget) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const sharesColumns = (a: DashboardWidget, b: DashboardWidget) => a.x < b.x + b.w && b.x < a.x + a.w;
const byPosition = (a: DashboardWidget, b: DashboardWidget) => a.y - b.y || a.x - b.x;

/** Smallest width a widget type stays readable at. */
export function minWidth(widget: Pick<DashboardWidget, "type">): number {
  return widget.type === "tile" ? 2 : 3;
}

/** Moves every widget up as far as it goes, top rows first (a pinned widget moves too, keeping its order). */
export function compactLayout(widgets: readonly DashboardWidget[]): DashboardWidget[] {
  const placed: DashboardWidget[] = [];
  for (const widget of [...widgets].sort(byPosition)) {
    const moved = { ...widget };
    while (moved.y > 0 && !placed.some((p) => overlaps(p, { ...moved, y: moved.y - 1 }))) moved.y -= 1;
    placed.push(moved);
  }
  return orderLike(widgets, placed);
}

/** Keeps `pinnedId` where it is and pushes overlapping widgets below it (cascading), then compacts. */
export function settleLayout(widgets: readonly DashboardWidget[], pinnedId: string): DashboardWidget[] {
  const pinned = widgets.find((w) => w.id === pinnedId);
  if (!pinned) return compactLayout(widgets);
  const settled: DashboardWidget[] = [{ ...pinned }];
  for (const widget of [...widgets].filter((w) => w.id !== pinnedId).sort(byPosition)) {
    const moved = { ...widget };
    for (;;) {
      const blockers = settled.filter((s) => overlaps(s, moved));
      if (blockers.length === 0) break;
      moved.y = Math.max(...blockers.map((b) => b.y + b.h));
    }
    settled.push(moved);
  }
  return compactLayout(orderLike(widgets, settled));
}

function orderLike(original: readonly DashboardWidget[], changed: DashboardWidget[]): DashboardWidget[] {
  const byId = new Map(changed.map((w) => [w.id, w]));
  return original.map((w) => byId.get(w.id) ?? w);
}

/**
 * Up: takes the place of the nearest widget above it (sharing a column), which goes below; with none above, one row
 * up. Down: the nearest widget below moves up instead. Left/right: one column, within the grid.
 */
export function moveWidget(
  widgets: readonly DashboardWidget[],
  id: string,
  direction: MoveDirection,
): DashboardWidget[] {
  const widget = widgets.find((w) => w.id === id);
  if (!widget) return [...widgets];
  if (direction === "down") {
    const below = widgets
      .filter((w) => w.id !== id && sharesColumns(w, widget) && w.y >= widget.y + widget.h)
      .sort(byPosition)[0];
    return below ? moveWidget(widgets, below.id, "up") : [...widgets];
  }
  let next: DashboardWidget;
  if (direction === "up") {
    const above = widgets
      .filter((w) => w.id !== id && sharesColumns(w, widget) && w.y + w.h <= widget.y)
      .sort((a, b) => b.y + b.h - (a.y + a.h) || a.x - b.x)[0];
    next = { ...widget, y: above ? above.y : Math.max(0, widget.y - 1) };
  } else {
    const x = widget.x + (direction === "left" ? -1 : 1);
    next = { ...widget, x: Math.min(gridColumns - widget.w, Math.max(0, x)) };
  }
  return settleLayout(
    widgets.map((w) => (w.id === id ? next : w)),
    id,
  );
}

/** One column wider or narrower, one row taller or shorter, within the grid and the type's minimum width. */
export function resizeWidget(
  widgets: readonly DashboardWidget[],
  id: string,
  change: ResizeChange,
): DashboardWidget[] {
  const widget = widgets.find((w) => w.id === id);
  if (!widget) return [...widgets];
  const next = { ...widget };
  if (change === "wider") {
    next.w = Math.min(gridColumns, widget.w + 1);
    next.x = Math.min(widget.x, gridColumns - next.w);
  } else if (change === "narrower") next.w = Math.max(minWidth(widget), widget.w - 1);
  else if (change === "taller") next.h = Math.min(maxWidgetHeight, widget.h + 1);
  else next.h = Math.max(1, widget.h - 1);
  return settleLayout(
    widgets.map((w) => (w.id === id ? next : w)),
    id,
  );
}

/** A new widget goes below everything, at the left. */
export function addWidget(
  widgets: readonly DashboardWidget[],
  widget: Omit<DashboardWidget, "x" | "y">,
): DashboardWidget[] {
  const bottom = Math.max(0, ...widgets.map((w) => w.y + w.h));
  const w = Math.min(gridColumns, Math.max(minWidth(widget), widget.w));
  return compactLayout([...widgets, { ...widget, w, x: 0, y: bottom }]);
}

export function removeWidget(widgets: readonly DashboardWidget[], id: string): DashboardWidget[] {
  return compactLayout(widgets.filter((w) => w.id !== id));
}

/** What the server checks: inside the 12 columns, whole positive sizes, no two widgets overlapping. */
export function layoutProblems(widgets: readonly DashboardWidget[]): string[] {
  const problems: string[] = [];
  widgets.forEach((w, i) => {
    if (w.x < 0 || w.y < 0 || w.w < 1 || w.h < 1 || w.x + w.w > gridColumns)
      problems.push(`${w.id} off grid`);
    for (const other of widgets.slice(i + 1))
      if (overlaps(w, other)) problems.push(`${w.id} overlaps ${other.id}`);
  });
  return problems;
}
