import type { KpiDirection, KpiValueDto } from "../../api/kpi-types";

export const statusColor: Record<NonNullable<KpiValueDto["status"]>, string> = {
  on_track: "teal",
  at_risk: "yellow",
  off_track: "red",
};

/** Whether a change is good news: more of an `up` KPI, less of a `down` one; a neutral KPI is neither. */
export function changeTone(change: string | null, direction: KpiDirection): "good" | "bad" | "flat" {
  if (change === null || /^-?0(\.0+)?$/.test(change) || direction === "neutral") return "flat";
  const rising = !change.startsWith("-");
  return rising === (direction === "up") ? "good" : "bad";
}

export const toneColor = { good: "teal.7", bad: "red.7", flat: "gray.6" } as const;
