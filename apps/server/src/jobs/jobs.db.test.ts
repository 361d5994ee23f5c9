import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspace } from "../import/test-support";
import { openTestDatabase } from "../test-support/open-test-database";
import { claimJob } from "./claim-job";
import { enqueueJob } from "./enqueue-job";
import { runJobsUntilIdle } from "./run-jobs-until-idle";
import { startJobRunner } from "./start-job-runner";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const jobRow = async (id: string) =>
  (
    await database.sql.query<{
      status: string;
      attempts: number;
      progress: number;
      total: number;
      result: unknown;
      error: string | null;
    }>("select status, attempts, progress, total, result, error from jobs where id = $1", [id])
  )[0];

describe("jobs: a table-backed queue", () => {
  it("runs queued jobs in order with progress 3 of 3 and stores each result", async () => {
    const workspaceId = await createWorkspace(database);
    const seen: number[] = [];
    const kind = `test.count.${workspaceId}`;
    const ids = [
      await enqueueJob(database.sql, { workspaceId, kind, payload: { n: 1 } }),
      await enqueueJob(database.sql, { workspaceId, kind, payload: { n: 2 } }),
    ];
    const outcome = await runJobsUntilIdle(database, {
      [kind]: async ({ job, progress }) => {
        seen.push(Number(job.payload.n));
        for (let done = 1; done <= 3; done++) await progress(done, 3);
        return { doubled: Number(job.payload.n) * 2 };
      },
    });
    expect(outcome).toEqual({ succeeded: 2, failed: 0 });
    expect(seen).toEqual([1, 2]);
    expect(await jobRow(ids[1]!)).toMatchObject({
      status: "succeeded",
      attempts: 1,
      progress: 3,
      total: 3,
      result: { doubled: 4 },
    });
  });

  it("re-queues a job whose worker stopped heartbeating and runs it again (attempt 2), idempotently", async () => {
    const workspaceId = await createWorkspace(database);
    const kind = `test.crash.${workspaceId}`;
    const id = await enqueueJob(database.sql, { workspaceId, kind, payload: {} });
    // A worker takes it and dies: its heartbeat is two minutes old.
    expect((await claimJob(database.sql, "dead-worker", [kind]))?.id).toBe(id);
    await database.sql.query("update jobs set heartbeat_at = now() - interval '2 minutes' where id = $1", [
      id,
    ]);
    let runs = 0;
    const outcome = await runJobsUntilIdle(database, {
      [kind]: async () => {
        runs += 1;
        return "done";
      },
    });
    expect([outcome, runs]).toEqual([{ succeeded: 1, failed: 0 }, 1]);
    expect(await jobRow(id)).toMatchObject({ status: "succeeded", attempts: 2, result: "done" });
  });

  it("leaves a running job with a fresh heartbeat alone, and fails a job whose handler throws", async () => {
    const workspaceId = await createWorkspace(database);
    const kind = `test.fail.${workspaceId}`;
    const busy = await enqueueJob(database.sql, { workspaceId, kind, payload: {} });
    await claimJob(database.sql, "live-worker", [kind]);
    const failing = await enqueueJob(database.sql, { workspaceId, kind, payload: {} });
    const outcome = await runJobsUntilIdle(database, {
      [kind]: async () => {
        throw new Error("bad input");
      },
    });
    expect(outcome).toEqual({ succeeded: 0, failed: 1 });
    expect((await jobRow(busy))?.status).toBe("running");
    expect(await jobRow(failing)).toMatchObject({ status: "failed", error: "bad input" });
  });

  it("the in-process runner takes a queued job within its poll and stops cleanly", async () => {
    const workspaceId = await createWorkspace(database);
    const kind = `test.runner.${workspaceId}`;
    const id = await enqueueJob(database.sql, { workspaceId, kind, payload: {} });
    let finish: () => void = () => {};
    const ran = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const runner = startJobRunner(database, {
      pollMs: 20,
      handlers: {
        [kind]: async () => {
          finish();
          return 1;
        },
      },
    });
    await ran;
    await runner.stop();
    expect((await jobRow(id))?.status).toBe("succeeded");
  });
});
