import type { DashboardWidget } from "../../api/kpi-types";

/**
 * Spreads a 422's errors over the widgets they name: a path `widgets.3.kpis.0` (or `widgets[3].x`, `/widgets/3`)
 * belongs to the fourth widget of the list sent; anything else is the dashboard's own (name, filters).
 */
export function widgetErrors(
  errors: readonly { path: string; message: string }[],
  sent: readonly DashboardWidget[],
): { byWidget: Map<string, string[]>; general: string[] } {
  const byWidget = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const match = /^\/?widgets[./[](\d+)/.exec(error.path);
    const widget = match ? sent[Number(match[1])] : undefined;
    if (!widget) {
      general.push(error.path ? `${error.path}: ${error.message}` : error.message);
      continue;
    }
    byWidget.set(widget.id, [...(byWidget.get(widget.id) ?? []), error.message]);
  }
  return { byWidget, general };
}
