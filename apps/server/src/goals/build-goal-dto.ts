import { and, asc, eq } from "drizzle-orm";
import { type Db, goalMilestones, type goals, people, teams, workspaces } from "@attain/db";
import { evaluateGoalProgress } from "@attain/engine";
import { findGoalKpi } from "./find-goal-kpi";
import { readGoalKpiValue } from "./read-goal-kpi-value";
import type { GoalDto } from "./schemas";

type GoalRow = typeof goals.$inferSelect;

/**
 * A goal with its progress on `today`: the KPI over [startsOn, min(today, deadline)] and, for each milestone due by
 * then, over [startsOn, dueOn]; the engine's `evaluateGoalProgress` turns them into a ratio, a pace and a status.
 */
export async function buildGoalDto(db: Db, row: GoalRow, today: string): Promise<GoalDto> {
  const kpi = (await findGoalKpi(db, row.workspaceId, row.kpiKey)) ?? {
    key: row.kpiKey,
    name: row.kpiKey,
    unit: "count" as const,
    direction: "up" as const,
    accrues: false,
  };
  const owner = { kind: row.ownerKind, personId: row.personId, teamId: row.teamId };
  const milestones = await db
    .select()
    .from(goalMilestones)
    .where(and(eq(goalMilestones.workspaceId, row.workspaceId), eq(goalMilestones.goalId, row.id)))
    .orderBy(asc(goalMilestones.dueOn));
  const read = (toDay: string) =>
    readGoalKpiValue(db, {
      workspaceId: row.workspaceId,
      kpiKey: row.kpiKey,
      owner,
      fromDay: row.startsOn,
      toDay,
      today,
    });
  const end = today < row.deadline ? today : row.deadline;
  const value = today < row.startsOn ? null : await read(end);
  const milestoneValues = await Promise.all(
    milestones.map(async (m) => ({
      id: m.id,
      label: m.label,
      dueOn: m.dueOn,
      target: m.target,
      value: m.dueOn <= today ? await read(m.dueOn) : null,
    })),
  );
  const progress = evaluateGoalProgress({
    direction: kpi.direction,
    accrues: kpi.accrues,
    target: row.target,
    baseline: row.baseline,
    startsOn: row.startsOn,
    deadline: row.deadline,
    today,
    value,
    milestones: milestoneValues,
    unit: kpi.unit,
    kpiName: kpi.name,
  });
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    owner: { ...owner, name: await ownerName(db, row) },
    kpi: { key: kpi.key, name: kpi.name, unit: kpi.unit, direction: kpi.direction },
    target: row.target,
    baseline: row.baseline,
    startsOn: row.startsOn,
    deadline: row.deadline,
    rationale: row.rationale,
    relevance: row.relevance,
    status: row.status,
    progress,
    milestones: milestones.map((m) => ({ id: m.id, label: m.label, dueOn: m.dueOn, target: m.target })),
  };
}

async function ownerName(db: Db, row: GoalRow): Promise<string> {
  if (row.personId) {
    const [p] = await db.select({ name: people.fullName }).from(people).where(eq(people.id, row.personId));
    return p?.name ?? "";
  }
  if (row.teamId) {
    const [t] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, row.teamId));
    return t?.name ?? "";
  }
  const [w] = await db
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, row.workspaceId));
  return w?.name ?? "";
}
