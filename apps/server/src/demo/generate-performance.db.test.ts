import { randomUUID } from "node:crypto";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../auth/viewer";
import { checkGoals } from "../goals/check-goals";
import { listGoals } from "../goals/list-goals";
import { getKpiValues } from "../kpis";
import { type DemoLoadResult, loadDemoCompany } from "./load-demo-company";

// The demo's performance rows as the KPI module and the goals read them (seed 42, scale 0.05, today 2026-11-22).
const slug = `demo-perf-${randomUUID().slice(0, 8)}`;
const today = "2026-11-22";
let database: AttainDatabase;
let result: DemoLoadResult;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  result = await loadDemoCompany(database, {
    seed: 42,
    scale: 0.05,
    today,
    slug,
    planning: false,
    territories: false,
    closeForecastQuarters: 0,
  });
}, 600_000);

afterAll(async () => {
  await database.sql.query("delete from order_lines where workspace_id = $1", [result.workspaceId]);
  await database.sql.query("delete from workspaces where slug = $1", [slug]);
  await database.close();
});

const admin = (): Viewer => ({
  userId: "00000000-0000-0000-0000-000000000000",
  email: "admin@demo.test",
  displayName: "Admin",
  role: "admin",
  locale: "en",
  personId: null,
  workspaceId: result.workspaceId,
  sessionId: "00000000-0000-0000-0000-000000000000",
});

describe("the demo's costs, feedback, evaluations and goals (scale 0.05)", () => {
  it("CAC, complaint rate, satisfaction and the manager evaluation of 2025 come out in the intended ranges", async () => {
    const response = await getKpiValues(database.db, admin(), today, {
      keys: [
        "cac",
        "complaint_rate",
        "customer_satisfaction",
        "evaluation_overall",
        "lead_feedback_negative_share",
      ],
      period: "2025",
    });
    const value = (key: string) => Number(response.values.find((v) => v.key === key)!.value);
    expect(value("cac")).toBeGreaterThan(8000);
    expect(value("cac")).toBeLessThan(15000);
    expect(value("complaint_rate")).toBeGreaterThan(0.01);
    expect(value("complaint_rate")).toBeLessThan(0.06);
    expect(value("customer_satisfaction")).toBeGreaterThan(3.8);
    expect(value("evaluation_overall")).toBeGreaterThan(0.4);
  });

  it("some goals are on track and some off track on 2026-11-22, so the daily check raises alerts (once)", async () => {
    const goals = await listGoals(database.db, admin(), today, {});
    const statuses: Record<string, number> = {};
    for (const g of goals) statuses[g.progress.status] = (statuses[g.progress.status] ?? 0) + 1;
    expect(statuses.off_track ?? 0).toBeGreaterThan(0);
    expect((statuses.on_track ?? 0) + (statuses.achieved ?? 0)).toBeGreaterThan(0);
    const [alerts] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from notifications where workspace_id = $1",
      [result.workspaceId],
    );
    expect(alerts!.n).toBeGreaterThan(0);
    expect((await checkGoals(database.db, { workspaceId: result.workspaceId, today })).alerts).toBe(0);
  });
});
