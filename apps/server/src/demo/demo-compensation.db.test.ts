import { randomUUID } from "node:crypto";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../auth/viewer";
import { loadPeriodInputs } from "../compensation/calculation/load-period-inputs";
import { startCalculationRun } from "../compensation/runs/start-calculation-run";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { type DemoLoadResult, loadDemoCompany } from "./load-demo-company";

// The demo as the browser tests see it (e2e/global-setup.ts: scale 0.2, today 2026-11-22), with its own slug so the
// test also works on a shared PostgreSQL database (DATABASE_URL).
const slug = `demo-comp-${randomUUID().slice(0, 8)}`;

let database: AttainDatabase;
let loaded: DemoLoadResult;
let viewer: Viewer;

type ResultRow = {
  person_id: string;
  full_name: string;
  plan_key: string;
  earned: string;
  attainment: string | null;
};

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  loaded = await loadDemoCompany(database, { scale: 0.2, today: "2026-11-22", slug });
  const [user] = await database.sql.query<{ id: string; display_name: string; person_id: string }>(
    "select id, display_name, person_id from users where workspace_id = $1 and role = 'comp_admin'",
    [loaded.workspaceId],
  );
  viewer = {
    userId: user!.id,
    email: `finance@${slug}.attain.dev`,
    displayName: user!.display_name,
    role: "comp_admin",
    locale: "en",
    personId: user!.person_id,
    workspaceId: loaded.workspaceId,
    sessionId: "demo-compensation-test",
  };
});

afterAll(async () => {
  // order_lines has no foreign keys (decision 004), so the workspace's cascade does not reach it.
  await database.sql.query("delete from order_lines where workspace_id = $1", [loaded.workspaceId]);
  await database.sql.query("delete from workspaces where slug = $1", [slug]);
  await database.close();
});

describe("the demo company's compensation (scale 0.2, 2026-Q3)", () => {
  it("feeds the calculation: SDRs get overlay credit and scores, every payee a quota, managers their team quota", async () => {
    for (const periodKey of ["2026-Q1", "2026-Q2", "2026-Q3"]) {
      const { inputs, problems } = await loadPeriodInputs(database, {
        workspaceId: loaded.workspaceId,
        periodKey,
        personIds: null,
      });
      expect(problems).toEqual([]);
      for (const input of inputs) {
        const who = `${input.payee.name}, ${periodKey}`;
        expect(input.quotas[periodKey], who).toBeDefined();
        if (input.plan.key === "sdr-standard") {
          expect(
            input.credits.filter((c) => c.date >= `${periodKey.slice(0, 4)}-01-01`).length,
            who,
          ).toBeGreaterThan(0);
          expect(new Set(input.credits.map((c) => c.role))).toEqual(new Set(["overlay"]));
          expect(Object.keys(input.mboScores.Objectives ?? {}).sort(), who).toEqual(["hygiene", "meetings"]);
        }
        // The override reads the period's team quota (the tree on the period's last day); the manager's own quota
        // for the period is the same amount, so their attainment and their team's agree.
        if (input.payee.jobRole === "manager")
          expect(input.quotas[periodKey], who).toBe(input.teamQuotas[periodKey]);
      }
    }
  });

  it("runs 2026-Q3 with no problem: 49 payees, nobody on the SDR plan earning 0, every manager with an attainment", async () => {
    const { runId } = await startCalculationRun(database, viewer, { periodKey: "2026-Q3" });
    expect(await runJobsUntilIdle(database)).toEqual({ succeeded: 1, failed: 0 });
    const [run] = await database.sql.query<{
      status: string;
      payee_count: number;
      problems: { code: string }[];
    }>("select status, payee_count, problems from comp_runs where id = $1", [runId]);
    expect(run!.status).toBe("succeeded");
    expect(run!.problems.filter((p) => p.code === "missing_quota")).toEqual([]);
    expect(run!.payee_count).toBe(49);

    const results = await database.sql.query<ResultRow>(
      `select r.person_id, pe.full_name, p.key as plan_key, r.earned::text as earned,
              r.attainment->>'ratio' as attainment
       from comp_results r
       join comp_plan_versions v on v.id = r.plan_version_id
       join comp_plans p on p.id = v.plan_id
       join people pe on pe.id = r.person_id
       where r.run_id = $1`,
      [runId],
    );
    const count = (key: string) => results.filter((r) => r.plan_key === key).length;
    expect({
      ae: count("ae-standard"),
      sdr: count("sdr-standard"),
      manager: count("manager-override"),
    }).toEqual({
      ae: 34,
      sdr: 10,
      manager: 5,
    });
    const sdrPlan = results.filter((r) => r.plan_key === "sdr-standard");
    expect(sdrPlan.filter((r) => Number(r.earned) <= 0)).toEqual([]);
    expect(sdrPlan.filter((r) => r.attainment === null)).toEqual([]);
    const managers = results.filter((r) => r.plan_key === "manager-override");
    expect(managers.filter((r) => r.attainment === null || Number(r.earned) <= 0)).toEqual([]);
  });
});
