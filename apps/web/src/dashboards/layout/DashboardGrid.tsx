import { useTranslation } from "react-i18next";
import type { DashboardWidget } from "../../api/kpi-types";
import { useKpiText } from "../use-kpi-text";
import { BarWidget } from "../widgets/BarWidget";
import { FunnelWidget } from "../widgets/FunnelWidget";
import { LeaderboardWidget } from "../widgets/LeaderboardWidget";
import { QualitativeWidget } from "../widgets/QualitativeWidget";
import { TableWidget } from "../widgets/TableWidget";
import { TileWidget } from "../widgets/TileWidget";
import { TrendWidget } from "../widgets/TrendWidget";
import type { WidgetView } from "../widgets/widget-view";
import "./dashboard-grid.css";
import { WidgetFrame } from "./WidgetFrame";
import type { MoveDirection, ResizeChange } from "./widget-layout";

// Must match dashboard-grid.css: 80 px rows, 16 px gaps (Mantine md spacing).
const rowHeight = 80;
const rowGap = 16;

export type GridEditing = {
  onMove: (id: string, direction: MoveDirection) => void;
  onResize: (id: string, change: ResizeChange) => void;
  onRemove: (id: string) => void;
  errors: ReadonlyMap<string, string[]>;
};

type Props = Omit<WidgetView, "widget"> & {
  widgets: readonly DashboardWidget[];
  editing: GridEditing | null;
};

/** The dashboard's widgets on the 12-column grid, in reading order (top to bottom, left to right). */
export function DashboardGrid({ widgets, editing, ...view }: Props) {
  const { t } = useTranslation();
  const text = useKpiText();
  const defaultTitle = (widget: DashboardWidget): string => {
    const first = text.name(widget.kpis[0] ?? "");
    const by = t(`dashboards.dimensionsInline.${widget.by ?? "person"}`);
    switch (widget.type) {
      case "funnel":
        return t(`dashboards.funnels.${widget.funnel ?? "sales"}`);
      case "table":
        return t("dashboards.titles.table", { by });
      case "qualitative":
        return t("dashboards.titles.qualitative");
      case "bar":
      case "leaderboard":
        return t("dashboards.titles.byDimension", { name: first, by });
      default:
        return first;
    }
  };
  const ordered = [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
  return (
    <div className="dashboard-grid" data-testid="dashboard-grid">
      {ordered.map((widget) => {
        const title = widget.title ?? defaultTitle(widget);
        return (
          <WidgetFrame
            key={widget.id}
            widget={widget}
            title={title}
            edit={
              editing
                ? {
                    onMove: (d) => editing.onMove(widget.id, d),
                    onResize: (c) => editing.onResize(widget.id, c),
                    onRemove: () => editing.onRemove(widget.id),
                    errors: editing.errors.get(widget.id) ?? [],
                  }
                : undefined
            }
          >
            <WidgetContent
              {...view}
              widget={widget}
              height={widget.h * rowHeight + (widget.h - 1) * rowGap - 44}
            />
          </WidgetFrame>
        );
      })}
    </div>
  );
}

function WidgetContent(props: WidgetView & { height: number }) {
  switch (props.widget.type) {
    case "tile":
      return <TileWidget {...props} />;
    case "trend":
      return <TrendWidget {...props} />;
    case "bar":
      return <BarWidget {...props} />;
    case "leaderboard":
      return <LeaderboardWidget {...props} />;
    case "table":
      return <TableWidget {...props} />;
    case "funnel":
      return <FunnelWidget {...props} />;
    case "qualitative":
      return <QualitativeWidget {...props} />;
  }
}
