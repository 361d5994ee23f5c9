import Decimal from "decimal.js";
import { and, eq } from "drizzle-orm";
import { type Db, people, teams } from "@attain/db";
import { unprocessable } from "../compensation/inputs/unprocessable";
import type { FieldProblem } from "../http/problem";
import { findGoalKpi, type GoalKpi } from "./find-goal-kpi";
import type { GoalOwner } from "./goal-access";
import type { GoalInput } from "./schemas";

/**
 * The rules across fields that zod cannot see (422 naming each field): a KPI that exists, an owner of the right kind
 * that exists, a deadline on or after the start, milestones inside the dates on distinct days, and for an accruing
 * KPI (a sum) milestone targets that do not go down and do not pass the goal's target.
 */
export async function validateGoal(
  db: Db,
  workspaceId: string,
  input: GoalInput,
): Promise<{ kpi: GoalKpi; owner: GoalOwner }> {
  const errors: FieldProblem[] = [];
  const kpi = await findGoalKpi(db, workspaceId, input.kpiKey);
  if (!kpi) errors.push({ path: "kpiKey", message: `No KPI "${input.kpiKey}" in the catalogue` });

  const owner: GoalOwner = {
    kind: input.owner.kind,
    personId: input.owner.personId ?? null,
    teamId: input.owner.teamId ?? null,
  };
  if (owner.kind === "person") {
    if (!owner.personId) errors.push({ path: "owner.personId", message: "A person goal needs a personId" });
    else if (!(await exists(db, "person", workspaceId, owner.personId)))
      errors.push({ path: "owner.personId", message: "No person with this id in the workspace" });
    if (owner.teamId) errors.push({ path: "owner.teamId", message: "A person goal has no team" });
  } else if (owner.kind === "team") {
    if (!owner.teamId) errors.push({ path: "owner.teamId", message: "A team goal needs a teamId" });
    else if (!(await exists(db, "team", workspaceId, owner.teamId)))
      errors.push({ path: "owner.teamId", message: "No team with this id in the workspace" });
    if (owner.personId) errors.push({ path: "owner.personId", message: "A team goal has no person" });
  } else {
    if (owner.personId || owner.teamId)
      errors.push({ path: "owner", message: "A workspace goal has neither person nor team" });
  }

  if (input.deadline < input.startsOn)
    errors.push({ path: "deadline", message: `The deadline is before the start (${input.startsOn})` });
  const seen = new Set<string>();
  input.milestones.forEach((m, i) => {
    if (m.dueOn < input.startsOn || m.dueOn > input.deadline)
      errors.push({
        path: `milestones.${i}.dueOn`,
        message: `Must fall between the start (${input.startsOn}) and the deadline (${input.deadline})`,
      });
    if (seen.has(m.dueOn))
      errors.push({ path: `milestones.${i}.dueOn`, message: "Another milestone is due that day" });
    seen.add(m.dueOn);
  });
  if (kpi?.accrues) {
    const ordered = input.milestones
      .map((m, i) => ({ ...m, i }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    let previous: Decimal | null = null;
    for (const m of ordered) {
      const target = new Decimal(m.target);
      if (previous !== null && target.lt(previous))
        errors.push({
          path: `milestones.${m.i}.target`,
          message: `${kpi.name} accrues over time: a milestone's target cannot be below an earlier one's (${previous.toFixed()})`,
        });
      if (target.gt(input.target))
        errors.push({
          path: `milestones.${m.i}.target`,
          message: `Above the goal's target (${input.target})`,
        });
      previous = previous === null || target.gt(previous) ? target : previous;
    }
  }
  if (errors.length > 0 || !kpi) throw unprocessable(errors);
  return { kpi, owner };
}

async function exists(db: Db, what: "person" | "team", workspaceId: string, id: string): Promise<boolean> {
  const table = what === "person" ? people : teams;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)));
  return rows.length > 0;
}
