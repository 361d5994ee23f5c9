import { and, eq, isNull } from "drizzle-orm";
import { type Db, kpiCustomDefinitions } from "@attain/db";
import { type KpiDirection, kpiAccrues, kpiCatalogue, type KpiUnit } from "@attain/engine";

export type GoalKpi = {
  key: string;
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** A sum over time (bookings, calls): its value only grows toward the deadline, so milestones must increase. */
  accrues: boolean;
};

/**
 * The KPI a goal measures: a built-in one, a family member (`evaluation.<criterion>`, `stage_conversion.<stage>`,
 * both rates) or the workspace's own; null when the key names none of them.
 */
export async function findGoalKpi(db: Db, workspaceId: string, key: string): Promise<GoalKpi | null> {
  const builtIn = kpiCatalogue.find((kpi) => kpi.key === key);
  if (builtIn)
    return {
      key,
      name: builtIn.name,
      unit: builtIn.unit,
      direction: builtIn.direction,
      accrues: kpiAccrues(builtIn),
    };
  const family = /^(evaluation|stage_conversion)\.[a-z0-9_]+$/.exec(key);
  if (family) {
    const label = key.slice(key.indexOf(".") + 1).replaceAll("_", " ");
    const name = family[1] === "evaluation" ? `Evaluation: ${label}` : `${label} conversion`;
    return { key, name, unit: "percent", direction: "up", accrues: false };
  }
  const [custom] = await db
    .select()
    .from(kpiCustomDefinitions)
    .where(
      and(
        eq(kpiCustomDefinitions.workspaceId, workspaceId),
        eq(kpiCustomDefinitions.key, key),
        isNull(kpiCustomDefinitions.archivedAt),
      ),
    );
  if (!custom) return null;
  // A custom formula may be a sum or a rate; without knowing, it is treated as a level (no pace to accrue).
  return { key, name: custom.name, unit: custom.unit, direction: custom.direction, accrues: false };
}
