import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { getKpiValues } from "../kpis";
import type { GoalOwner } from "./goal-access";

const SYSTEM_USER = "00000000-0000-0000-0000-000000000000";

/**
 * The KPI's value for a goal's owner over [fromDay, toDay]. The KPI API takes whole months, so the days are widened
 * to their months (a goal from 2026-01-15 reads January from the 1st). It is read as a workspace-wide system caller:
 * who may see the goal is checked on the goal itself, and the owner's figure must not depend on who looks.
 */
export async function readGoalKpiValue(
  db: Db,
  params: {
    workspaceId: string;
    kpiKey: string;
    owner: GoalOwner;
    fromDay: string;
    toDay: string;
    today: string;
  },
): Promise<string | null> {
  const system: Viewer = {
    userId: SYSTEM_USER,
    email: "system@attain.invalid",
    displayName: "Attain",
    role: "admin",
    locale: "en",
    personId: null,
    workspaceId: params.workspaceId,
    sessionId: SYSTEM_USER,
  };
  try {
    const response = await getKpiValues(db, system, params.today, {
      keys: [params.kpiKey],
      from: params.fromDay.slice(0, 7),
      to: params.toDay.slice(0, 7),
      asOf: params.toDay,
      ...(params.owner.personId ? { personId: params.owner.personId } : {}),
      ...(params.owner.teamId ? { teamId: params.owner.teamId } : {}),
    });
    return response.values[0]?.value ?? null;
  } catch (error) {
    // While the KPI module is not built (501) a goal still reads, with no value yet.
    if (error instanceof ApiError && error.status === 501) return null;
    throw error;
  }
}
