import { useState } from "react";
import type { DashboardDto, DashboardWidget } from "../../api/kpi-types";
import { ApiProblem } from "../../api/api-fetch";
import { useSaveDashboard } from "../../api/use-dashboards";
import {
  addWidget,
  type MoveDirection,
  moveWidget,
  type ResizeChange,
  removeWidget,
  resizeWidget,
} from "../layout/widget-layout";
import { widgetErrors } from "./widget-errors";

type Draft = { name: string; widgets: DashboardWidget[] };

/** The edit session of one's own dashboard: a draft of its name and widgets, saved with one PUT or dropped. */
export function useDashboardDraft(dashboard: DashboardDto | undefined) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useSaveDashboard(dashboard?.id ?? "");
  const [sent, setSent] = useState<DashboardWidget[]>([]);
  const problem = save.error instanceof ApiProblem ? save.error : null;
  const errors = widgetErrors(problem?.errors ?? [], sent);
  const change = (update: (widgets: DashboardWidget[]) => DashboardWidget[]) =>
    setDraft((d) => (d ? { ...d, widgets: update(d.widgets) } : d));

  return {
    draft,
    editing: draft !== null,
    start: () => {
      if (!dashboard?.editable) return;
      save.reset();
      setDraft({ name: dashboard.name, widgets: dashboard.widgets });
    },
    cancel: () => {
      save.reset();
      setDraft(null);
    },
    rename: (name: string) => setDraft((d) => (d ? { ...d, name } : d)),
    add: (widget: Omit<DashboardWidget, "x" | "y">) => change((w) => addWidget(w, widget)),
    move: (id: string, direction: MoveDirection) => change((w) => moveWidget(w, id, direction)),
    resize: (id: string, resize: ResizeChange) => change((w) => resizeWidget(w, id, resize)),
    remove: (id: string) => change((w) => removeWidget(w, id)),
    save: () => {
      if (!draft || !dashboard) return;
      setSent(draft.widgets);
      save.mutate(
        {
          name: draft.name.trim(),
          widgets: draft.widgets,
          filters: dashboard.filters,
        },
        { onSuccess: () => setDraft(null) },
      );
    },
    saving: save.isPending,
    widgetErrors: errors.byWidget,
    generalErrors: problem
      ? [...errors.general, ...(problem.errors.length === 0 ? [problem.message] : [])]
      : save.error
        ? [save.error.message]
        : [],
  };
}
