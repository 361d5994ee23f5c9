import { ActionIcon, Alert, Group, Paper, Text, Tooltip } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardWidget } from "../../api/kpi-types";
import type { MoveDirection, ResizeChange } from "./widget-layout";

type EditActions = {
  onMove: (direction: MoveDirection) => void;
  onResize: (change: ResizeChange) => void;
  onRemove: () => void;
  errors: string[];
};

type Props = { widget: DashboardWidget; title: string; children: ReactNode; edit?: EditActions };

const moves: { direction: MoveDirection; symbol: string }[] = [
  { direction: "up", symbol: "↑" },
  { direction: "down", symbol: "↓" },
  { direction: "left", symbol: "←" },
  { direction: "right", symbol: "→" },
];
const resizes: { change: ResizeChange; symbol: string }[] = [
  { change: "narrower", symbol: "⇤" },
  { change: "wider", symbol: "⇥" },
  { change: "shorter", symbol: "⤒" },
  { change: "taller", symbol: "⤓" },
];

/** A widget's place on the grid, its title and, while editing, buttons to move, resize or remove it. */
export function WidgetFrame({ widget, title, children, edit }: Props) {
  const { t } = useTranslation();
  const style = {
    "--widget-x": widget.x + 1,
    "--widget-y": widget.y + 1,
    "--widget-w": widget.w,
    "--widget-h": widget.h,
  } as CSSProperties;
  const showTitle = widget.type !== "tile" || edit;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className="dashboard-widget"
      style={style}
      component="section"
      aria-label={title}
      data-widget-id={widget.id}
      data-widget-type={widget.type}
      data-layout={`${widget.x},${widget.y},${widget.w},${widget.h}`}
    >
      {showTitle ? (
        <Text fw={600} size="sm" truncate title={title} mb={4}>
          {title}
        </Text>
      ) : null}
      {edit ? (
        <Group
          gap={2}
          wrap="wrap"
          mb={4}
          role="toolbar"
          aria-label={t("dashboards.edit.widgetTools", { name: title })}
        >
          {moves.map((m) => (
            <Tooltip key={m.direction} label={t(`dashboards.edit.move.${m.direction}`)}>
              <ActionIcon
                size="sm"
                variant="default"
                aria-label={t(`dashboards.edit.moveNamed.${m.direction}`, { name: title })}
                onClick={() => edit.onMove(m.direction)}
              >
                {m.symbol}
              </ActionIcon>
            </Tooltip>
          ))}
          {resizes.map((r) => (
            <Tooltip key={r.change} label={t(`dashboards.edit.resize.${r.change}`)}>
              <ActionIcon
                size="sm"
                variant="default"
                aria-label={t(`dashboards.edit.resizeNamed.${r.change}`, { name: title })}
                onClick={() => edit.onResize(r.change)}
              >
                {r.symbol}
              </ActionIcon>
            </Tooltip>
          ))}
          <Tooltip label={t("dashboards.edit.remove")}>
            <ActionIcon
              size="sm"
              variant="light"
              color="red"
              aria-label={t("dashboards.edit.removeNamed", { name: title })}
              onClick={edit.onRemove}
            >
              ✕
            </ActionIcon>
          </Tooltip>
        </Group>
      ) : null}
      {edit && edit.errors.length > 0 ? (
        <Alert color="red" variant="light" p={6} mb={4} role="alert" data-testid="widget-errors">
          {edit.errors.join(" · ")}
        </Alert>
      ) : null}
      <div style={{ flex: 1, minHeight: 0 }}>{children}</div>
    </Paper>
  );
}
