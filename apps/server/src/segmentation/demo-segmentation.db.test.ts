import { randomUUID } from "node:crypto";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../demo/demo-logins";
import { type DemoLoadResult, loadDemoCompany } from "../demo/load-demo-company";
import { loadPlanningDrivers } from "../planning/load-planning-drivers";
import { createTestClient } from "../test-support/test-client";

// The demo company (seed 42, scale 0.05, today 2026-11-22) with a slug of its own, so the test also runs on a shared
// PostgreSQL database. Every expected figure is computed here in SQL, independently of the loader and the engine.
const slug = `demo-seg-${randomUUID().slice(0, 8)}`;
const TODAY = "2026-11-22";
let database: AttainDatabase;
let loaded: DemoLoadResult;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  loaded = await loadDemoCompany(database, { scale: 0.05, today: TODAY, slug, planning: false });
});
afterAll(async () => {
  await database.sql.query("delete from order_lines where workspace_id = $1", [loaded.workspaceId]);
  await database.sql.query("delete from workspaces where slug = $1", [slug]);
  await database.close();
});

const admin = async () => {
  const client = createTestClient(database, { today: TODAY });
  await client.signIn(`admin@${slug}.attain.dev`, DEMO_PASSWORD);
  return client;
};

/** Bands by employees: Enterprise from 2,000, Mid-market from 200, SMB the rest (and unknown sizes). */
const sizeBands = {
  kind: "rules",
  rules: [
    { segment: "Enterprise", conditions: [{ field: "employees", op: "between", min: "2000" }] },
    { segment: "Mid-market", conditions: [{ field: "employees", op: "between", min: "200", max: "2000" }] },
  ],
  otherwise: "SMB",
};

/** The same profiles in SQL: lines at their month's rate rounded per line, the 12 months up to today, deals closed by today. */
const profilesInSql = `
  with band as (
    select id, case when employees >= 2000 then 'Enterprise' when employees >= 200 then 'Mid-market' else 'SMB' end as segment
    from accounts where workspace_id = $1),
  lines as (
    select l.account_id, l.order_number, l.kind, l.booking_date,
      round(l.amount * (case when l.currency = w.reporting_currency then 1 else fx.rate end), 2) as amount
    from order_lines l join workspaces w on w.id = l.workspace_id
    left join exchange_rates fx on fx.workspace_id = l.workspace_id and fx.currency = l.currency
      and fx.month = date_trunc('month', l.booking_date)::date
    where l.workspace_id = $1 and l.account_id is not null and l.booking_date <= $2::date),
  per_band as (
    select b.segment,
      count(distinct b.id)::int as accounts,
      coalesce(sum(l.amount) filter (where l.booking_date > ($2::date - interval '12 months')), 0) as revenue,
      count(distinct (l.account_id, l.order_number))
        filter (where l.kind = 'booking' and l.booking_date > ($2::date - interval '12 months') and l.amount is not null)::int as orders,
      coalesce(sum(l.amount) filter (where extract(year from l.booking_date) = 2025), 0) as y2025,
      coalesce(sum(l.amount) filter (where extract(year from l.booking_date) = 2024), 0) as y2024
    from band b left join lines l on l.account_id = b.id
    group by b.segment),
  deals as (
    select b.segment, count(*) filter (where o.status = 'won') as won, count(*) filter (where o.status = 'lost') as lost
    from band b join opportunities o on o.account_id = b.id and o.workspace_id = $1
    where o.status in ('won', 'lost') and (o.close_date is null or o.close_date <= $2::date)
    group by b.segment)
  select p.segment, p.accounts, p.revenue::text as revenue,
    case when coalesce(d.won, 0) + coalesce(d.lost, 0) = 0 then null
         else round(d.won::numeric / (d.won + d.lost), 4)::text end as "winRate",
    case when p.orders = 0 then null else round(p.revenue / p.orders, 2)::text end as "averageOrder",
    case when p.y2024 <= 0 then null else round((p.y2025 - p.y2024) / p.y2024, 4)::text end as growth
  from per_band p left join deals d on d.segment = p.segment
  order by case p.segment when 'Enterprise' then 1 when 'Mid-market' then 2 else 3 end`;

describe("segmentation and potential on the demo company", () => {
  it("size bands: each profile is exactly the one computed in SQL (accounts, net bookings, win rate, average order, growth)", async () => {
    const client = await admin();
    const response = await client.post("/api/segmentation/segmentations", {
      name: "Size band",
      config: sizeBands,
      validFrom: "2026-11-01",
      asOf: TODAY,
    });
    expect(response.status).toBe(201);
    const run = await response.json();
    const expected = await database.sql.query<Record<string, unknown>>(profilesInSql, [
      loaded.workspaceId,
      TODAY,
    ]);
    const [{ n: accounts } = { n: 0 }] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from accounts where workspace_id = $1",
      [loaded.workspaceId],
    );
    expect(run).toMatchObject({ accounts, segmented: accounts, segments: 3, currency: "EUR" });
    // No potential model yet: every segment's potential is 0.
    expect(run.profiles).toEqual(expected.map((p) => ({ ...p, potential: "0" })));
  });

  it("fitting the potential model: every account estimated, the total equals the stored estimates' sum, the model is in force, planning reads it by owner", async () => {
    const client = await admin();
    const response = await client.post("/api/segmentation/potential", {});
    expect(response.status).toBe(201);
    const model = await response.json();
    const [counts] = await database.sql.query<{ accounts: number; total: string }>(
      `select count(*)::int as accounts, sum(potential)::text as total from account_potentials where model_id = $1`,
      [model.id],
    );
    const [{ n: accounts } = { n: 0 }] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from accounts where workspace_id = $1",
      [loaded.workspaceId],
    );
    expect(model).toMatchObject({ accounts, totalPotential: counts!.total, currency: "EUR" });
    expect(model.config).toEqual({
      year: "2025",
      holdoutShare: "0.2",
      seed: 1,
      headroomQuantile: "0.75",
      minIndustryCustomers: 5,
    });
    expect(model.accuracy.heldOut).toBeGreaterThan(0);
    console.info(
      `demo potential model (scale 0.05): trained on ${model.accuracy.trainedOn}, held out ${model.accuracy.heldOut}; ` +
        `MAPE ${model.accuracy.mape.toFixed(3)} (baseline ${model.accuracy.baseline.mape.toFixed(3)}), ` +
        `WAPE ${model.accuracy.wape.toFixed(3)} (baseline ${model.accuracy.baseline.wape.toFixed(3)}), R² log ${model.accuracy.r2Log.toFixed(3)}; total ${model.totalPotential}`,
    );
    expect(await (await client.get("/api/segmentation/potential")).json()).toEqual(model);

    const top = await (await client.get("/api/segmentation/potential/accounts?limit=5")).json();
    expect(top.total).toBe(accounts);
    const potentials = top.estimates.map((e: { potential: string }) => Number(e.potential));
    expect(potentials).toEqual([...potentials].sort((a, b) => b - a));

    const byOwner = await database.sql.query<{ owner_id: string; amount: string }>(
      `select a.owner_id, sum(p.potential)::text as amount from account_potentials p join accounts a on a.id = p.account_id
       where p.model_id = $1 and a.owner_id is not null group by a.owner_id`,
      [model.id],
    );
    const drivers = await loadPlanningDrivers(database.db, {
      workspaceId: loaded.workspaceId,
      measure: "bookings",
      yearStart: "2027-01-01",
      yearEnd: "2027-12-31",
    });
    expect(drivers.potential).toEqual(new Map(byOwner.map((r) => [r.owner_id, r.amount])));
  });

  it("tiers by potential (ABC, 80/15/5): the tiers' potential adds up to the model's total", async () => {
    const client = await admin();
    const model = await (await client.get("/api/segmentation/potential")).json();
    const response = await client.post("/api/segmentation/preview", {
      name: "Potential tier",
      asOf: TODAY,
      config: {
        kind: "tiers",
        basis: "potential",
        method: "cumulative",
        tiers: [{ tier: "A", share: "0.8" }, { tier: "B", share: "0.15" }, { tier: "C" }],
      },
    });
    expect(response.status).toBe(200);
    const run = await response.json();
    const total = run.profiles.reduce(
      (sum: number, p: { potential: string }) => sum + Number(p.potential),
      0,
    );
    expect(total.toFixed(2)).toBe(Number(model.totalPotential).toFixed(2));
    expect(run.profiles.map((p: { segment: string }) => p.segment)).toEqual(["A", "B", "C"]);
  });
});
