import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goals, jobs, notifications } from "@attain/db";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { GOALS_CHECK_JOB } from "./check-goals";
import { enqueueDailyGoalChecks } from "./enqueue-daily-goal-checks";
import { runGoalsCheckJob } from "./run-goals-check-job";
import { usePerformanceFixture } from "./use-performance-fixture";

const env = usePerformanceFixture();

describe("the goals.check job", () => {
  it("is queued once per workspace and day, and its run alerts Carl and Olga about Carl's off-track goal once", async () => {
    const { db } = env.database;
    const w = env.fixture.workspaceId;
    // 50 calls a month from October, none made by 2026-11-22: 0 against the pace → off track.
    await db.insert(goals).values({
      workspaceId: w,
      name: "Calls",
      ownerKind: "person",
      personId: env.fixture.people.carl,
      kpiKey: "calls_per_rep",
      target: "150",
      startsOn: "2026-10-01",
      deadline: "2026-12-31",
    });
    await enqueueDailyGoalChecks(env.database, "2026-11-22");
    await enqueueDailyGoalChecks(env.database, "2026-11-22");
    const queued = await db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(and(eq(jobs.workspaceId, w), eq(jobs.kind, GOALS_CHECK_JOB)));
    expect(queued).toEqual([{ payload: { today: "2026-11-22" } }]);
    expect(await runJobsUntilIdle(env.database, { [GOALS_CHECK_JOB]: runGoalsCheckJob })).toMatchObject({
      failed: 0,
    });
    const [job] = await db
      .select({ result: jobs.result, status: jobs.status })
      .from(jobs)
      .where(eq(jobs.workspaceId, w));
    expect(job).toEqual({ status: "succeeded", result: { goals: 1, alerts: 2 } });
    const raised = await db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.workspaceId, w));
    expect(raised).toEqual([{ kind: "goal_off_track" }, { kind: "goal_off_track" }]);
  });
});
