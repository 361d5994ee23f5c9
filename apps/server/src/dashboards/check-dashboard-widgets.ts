import type { DashboardWidget } from "@attain/db";
import type { FieldProblem } from "../http/problem";

export const GRID_COLUMNS = 12;
export const MAX_WIDGET_HEIGHT = 6;
export const MAX_WIDGETS = 24;

const needsDimension = new Set<DashboardWidget["type"]>(["bar", "leaderboard", "table"]);
const singleKpi = new Set<DashboardWidget["type"]>(["tile", "trend", "bar", "leaderboard"]);

/**
 * The rules a dashboard's widget list must keep, each broken one a problem naming the widget's field
 * (`widgets.3.kpis.0`): KPI keys of the workspace's catalogue, a dimension for bar / leaderboard / table, a funnel
 * for funnel widgets, unique ids, placement inside the 12-column grid (0 ≤ x, x + w ≤ 12, 1 ≤ h ≤ 6) without
 * overlaps, and at most 24 widgets. The shape (types, integers) is zod's job before this.
 */
export function checkDashboardWidgets(
  widgets: readonly DashboardWidget[],
  knownKpiKeys: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (index: number, field: string, message: string) =>
    problems.push({ path: `widgets.${index}${field ? `.${field}` : ""}`, message });

  if (widgets.length > MAX_WIDGETS) {
    problems.push({ path: "widgets", message: `A dashboard has at most ${MAX_WIDGETS} widgets.` });
  }
  const seenIds = new Map<string, number>();
  widgets.forEach((widget, index) => {
    const first = seenIds.get(widget.id);
    if (first !== undefined) at(index, "id", `The id "${widget.id}" is already used by widget ${first}.`);
    else seenIds.set(widget.id, index);

    widget.kpis.forEach((key, k) => {
      if (!knownKpiKeys.has(key)) at(index, `kpis.${k}`, `Unknown KPI "${key}".`);
    });
    if (widget.type === "funnel") {
      if (!widget.funnel) at(index, "funnel", "A funnel widget needs a funnel (sales, marketing or stages).");
    } else if (widget.kpis.length === 0) {
      at(index, "kpis", `A ${widget.type} widget needs at least one KPI.`);
    } else if (singleKpi.has(widget.type) && widget.kpis.length > 1) {
      at(index, "kpis", `A ${widget.type} widget shows one KPI.`);
    }
    if (needsDimension.has(widget.type) && !widget.by) {
      at(index, "by", `A ${widget.type} widget needs a dimension to split by.`);
    }

    if (widget.x < 0) at(index, "x", "x must be 0 or more.");
    if (widget.y < 0) at(index, "y", "y must be 0 or more.");
    if (widget.w < 1) at(index, "w", "w must be at least 1.");
    else if (widget.x + widget.w > GRID_COLUMNS) {
      at(index, "w", `The widget ends at column ${widget.x + widget.w}, past the grid's ${GRID_COLUMNS}.`);
    }
    if (widget.h < 1 || widget.h > MAX_WIDGET_HEIGHT) at(index, "h", `h must be 1 to ${MAX_WIDGET_HEIGHT}.`);
  });

  widgets.forEach((widget, index) => {
    const other = widgets.findIndex((candidate, j) => j < index && overlaps(candidate, widget));
    if (other >= 0) at(index, "", `The widget overlaps widget ${other} ("${widgets[other]!.id}").`);
  });
  return problems;
}

function overlaps(a: DashboardWidget, b: DashboardWidget): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
