import { randomUUID } from "node:crypto";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { createTestClient } from "../test-support/test-client";
import { demoCompanyExists } from "./demo-company-exists";
import { DEMO_PASSWORD } from "./demo-logins";
import { collectSourcedDeals } from "./generate-compensation";
import { generateDemoCompany } from "./generate-demo-company";
import { generatePerformance } from "./generate-performance";
import { type DemoLoadResult, loadDemoCompany } from "./load-demo-company";

// A slug of its own per run, so the test also works on a shared PostgreSQL database (DATABASE_URL).
const slug = `demo-test-${randomUUID().slice(0, 8)}`;
const options = { seed: 42, scale: 0.05, today: "2026-11-22" };

let database: AttainDatabase;
let result: DemoLoadResult;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  // Foreign keys checked row by row here, to prove the generated rows satisfy them (the default load skips the checks).
  result = await loadDemoCompany(database, { ...options, slug, checkForeignKeys: true });
});

afterAll(async () => {
  // order_lines has no foreign keys (decision 004), so the workspace's cascade does not reach it.
  await database.sql.query("delete from order_lines where workspace_id = $1", [result.workspaceId]);
  await database.sql.query("delete from workspaces where slug = $1", [slug]);
  await database.close();
});

describe("loadDemoCompany (seed 42, scale 0.05)", () => {
  it("stores exactly the rows the generator makes, table by table", async () => {
    const company = generateDemoCompany({ ...options, idNamespace: slug });
    const expected: Record<string, number> = {
      workspaces: 1,
      regions: company.regions.length,
      teams: company.teams.length,
      people: company.people.length,
      reporting_lines: company.reportingLines.length,
      team_memberships: company.teamMemberships.length,
      accounts: company.accounts.length,
      products: company.products.length,
      opportunities: company.opportunities.length,
      exchange_rates: company.exchangeRates.length,
      booking_targets: company.bookingTargets.length,
      marketing_traffic_daily: company.marketingTrafficDaily.length,
      pipeline_settings: 1,
      pipeline_stages: 6,
      forecast_periods: company.forecastPeriods.length,
      forecast_submissions: company.forecastSubmissions.length,
      users: 9,
    };
    const sourced = new Map<string, string>();
    for (const chunk of company.stream()) {
      expected[chunk.table] = (expected[chunk.table] ?? 0) + chunk.rows.length;
      if (chunk.table === "leads") collectSourcedDeals(chunk.rows, sourced);
    }
    // Compensation: 3 plans; 64 assignments (AEs, SDRs, regional managers, Head of Sales Development); quarterly
    // quotas of AEs, SDRs and managers; an overlay for each converted lead's SDR and their manager; MBO scores.
    Object.assign(expected, {
      comp_plans: 3,
      comp_plan_versions: 3,
      comp_assignments: 64,
      comp_quotas: 549,
      comp_credit_splits: sourced.size * 2,
      comp_mbo_scores: 220,
      // The demo's quota policy: quotas as stored (they are ramped and prorated already).
      comp_settings: 1,
    });
    // FY2027 quota planning (create-demo-planning.ts): two scenarios of 44 nodes each (company, 4 regions, 5 AE teams,
    // the 34 AEs employed in FY2027), 12 months each; the published plan's 34 AEs' and the company's monthly targets
    // and the AEs' quarterly comp quotas; events: created, assumptions, published, copied, assumptions.
    Object.assign(expected, {
      booking_targets: company.bookingTargets.length + 12 * (34 + 1),
      comp_quotas: 549 + 4 * 34,
      planning_scenarios: 2,
      planning_nodes: 2 * 44,
      planning_quotas: 2 * 44 * 12,
      planning_events: 5,
    });
    // The two latest ended quarters are closed by the forecasts module: a close snapshot each, with its lines, and
    // the accuracy rows (their counts are that module's; checked below).
    const [closed] = await database.sql.query<{ snapshots: number; lines: number; accuracy: number }>(
      `select count(*)::int as snapshots,
              (select count(*)::int from forecast_snapshot_lines l join forecast_snapshots s on s.id = l.snapshot_id
               where s.workspace_id = $1 and s.kind = 'close') as lines,
              (select count(*)::int from forecast_accuracy where workspace_id = $1) as accuracy
       from forecast_snapshots where workspace_id = $1 and kind = 'close'`,
      [result.workspaceId],
    );
    expect(closed!.snapshots).toBe(2);
    Object.assign(expected, {
      forecast_snapshots: company.forecastSnapshots.length + 2,
      forecast_snapshot_lines: company.forecastSnapshotLines.length + closed!.lines,
      forecast_accuracy: closed!.accuracy,
    });
    // Costs, feedback, evaluations and goals: exactly what generate-performance.ts makes.
    for (const table of generatePerformance(company)) expected[table.name] = table.rows.length;
    expect(sourced.size).toBe(406);
    expect(result.counts).toEqual(expected);

    const stored: Record<string, number> = {};
    for (const table of Object.keys(expected)) {
      const column = table === "workspaces" ? "id" : "workspace_id";
      const [row] = await database.sql.query<{ n: number }>(
        `select count(*)::int as n from ${table} where ${column} = $1`,
        [result.workspaceId],
      );
      stored[table] = row!.n;
    }
    expect(stored).toEqual(expected);
  });

  it("keeps amounts exact: the workspace's won deals total the sum of their booking lines", async () => {
    const [row] = await database.sql.query<{ deals: string; lines: string }>(
      `select (select sum(amount) from opportunities where workspace_id = $1 and status = 'won')::text as deals,
              (select sum(amount) from order_lines where workspace_id = $1 and kind = 'booking')::text as lines`,
      [result.workspaceId],
    );
    expect(row!.deals).toBe(row!.lines);
    expect(row!.deals).toMatch(/^\d+\.\d{2}$/);
  });

  it("creates a sign-in for each role, linked to a person, with the demo password", async () => {
    const users = await database.sql.query<{
      email: string;
      role: string;
      password_hash: string;
      full_name: string;
    }>(
      `select u.email, u.role, u.password_hash, p.full_name from users u join people p on p.id = u.person_id
       where u.workspace_id = $1`,
      [result.workspaceId],
    );
    expect(users.map((u) => `${u.email.split("@")[0]}:${u.role}`).sort()).toEqual([
      "admin:admin",
      "director:manager",
      "finance:comp_admin",
      "hr:hr",
      "manager:manager",
      "marketing:marketing",
      "rep2:rep",
      "rep:rep",
      "viewer:viewer",
    ]);
    expect(users.every((u) => u.email.endsWith(`@${slug}.attain.dev`))).toBe(true);
    expect(await verifyPassword(users[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(result.users.map((u) => u.personName).sort()).toEqual(users.map((u) => u.full_name).sort());
  });

  it("gives manager@ a first-line team of 6 to 10 reps today, and director@ the whole sales organisation", async () => {
    const reports = async (email: string) => {
      const [row] = await database.sql.query<{ n: number }>(
        `with recursive tree(person_id) as (
           select rl.person_id from reporting_lines rl join users u on u.person_id = rl.manager_id
           where u.email = $1 and rl.valid_from <= '2026-11-22' and (rl.valid_to is null or rl.valid_to > '2026-11-22')
           union
           select rl.person_id from reporting_lines rl join tree t on rl.manager_id = t.person_id
           where rl.valid_from <= '2026-11-22' and (rl.valid_to is null or rl.valid_to > '2026-11-22'))
         select count(*)::int as n from tree`,
        [email],
      );
      return row!.n;
    };
    const team = await reports(`manager@${slug}.attain.dev`);
    expect(team).toBeGreaterThanOrEqual(6);
    expect(team).toBeLessThanOrEqual(10);
    expect(await reports(`director@${slug}.attain.dev`)).toBeGreaterThan(40);
  });

  it("plans FY2027: the published plan of record (version 1, €60M) and a draft stretch copy (€66M)", async () => {
    const scenarios = await database.sql.query<{
      name: string;
      status: string;
      version: number | null;
      plan_of_record: boolean;
      target: string;
      total_quota: string;
      people: number;
    }>(
      `select s.name, s.status, s.version, s.plan_of_record, s.assumptions->'target'->>'annual' as target,
              sum(n.annual) filter (where n.kind = 'person')::text as total_quota,
              count(*) filter (where n.kind = 'person')::int as people
       from planning_scenarios s join planning_nodes n on n.scenario_id = s.id
       where s.workspace_id = $1 group by s.id order by s.created_at, s.name`,
      [result.workspaceId],
    );
    // People carry 110% of their team, each team's total rounded to €1,000: 65,999,000 rather than 66,000,000.
    expect(scenarios).toEqual([
      {
        name: "FY2027 plan",
        status: "published",
        version: 1,
        plan_of_record: true,
        target: "60000000",
        total_quota: "65999000.00",
        people: 34,
      },
      {
        name: "FY2027 stretch",
        status: "draft",
        version: null,
        plan_of_record: false,
        target: "66000000",
        total_quota: "72601000.00",
        people: 34,
      },
    ]);
    const [targets] = await database.sql.query<{ company: string; people: string }>(
      `select sum(amount) filter (where person_id is null)::text as company,
              sum(amount) filter (where person_id is not null)::text as people
       from booking_targets where workspace_id = $1 and month >= '2027-01-01' and source = 'planning'`,
      [result.workspaceId],
    );
    // Dashboards and compensation read the plan of record: the company target and the AEs' quotas for the year.
    expect(targets).toEqual({ company: "60000000.00", people: "65999000.00" });
  });

  it("stores the sales process and the deals' hygiene as the pipeline reads them", async () => {
    const stages = await database.sql.query<{
      name: string;
      probability: string;
      entry: { checklist: string[] };
    }>(
      `select name, probability::text as probability, entry_criteria as entry from pipeline_stages
       where workspace_id = $1 order by position`,
      [result.workspaceId],
    );
    expect(stages.map((s) => `${s.name} ${s.probability}`)).toEqual([
      "Qualify 0.35",
      "Discover 0.50",
      "Propose 0.65",
      "Negotiate 0.80",
      "Closed Won 1.00",
      "Closed Lost 0.00",
    ]);
    expect(stages[2]!.entry.checklist).toEqual(["metrics", "economic_buyer"]);
    const [deals] = await database.sql.query<{
      single: number;
      no_next: number;
      champion: number;
      open: number;
    }>(
      `select count(*) filter (where contact_count = 1)::int as single,
              count(*) filter (where next_step is null)::int as no_next,
              count(*) filter (where (qualification->>'champion')::boolean)::int as champion,
              count(*)::int as open
       from opportunities where workspace_id = $1 and status = 'open'`,
      [result.workspaceId],
    );
    const company = generateDemoCompany({ ...options, idNamespace: slug });
    const open = company.opportunities.filter((o) => o.status === "open");
    expect(deals).toEqual({
      single: open.filter((o) => o.contactCount === 1).length,
      no_next: open.filter((o) => o.nextStep === null).length,
      champion: open.filter((o) => o.qualification.champion).length,
      open: open.length,
    });
  });

  it("stores the weekly calls in EUR: rep calls, a few overrides with notes, team and company calls", async () => {
    const [row] = await database.sql.query<{
      calls: number;
      overrides: number;
      noted: number;
      periods: number;
    }>(
      `select count(*) filter (where author_id = subject_id)::int as calls,
              count(*) filter (where author_id <> subject_id)::int as overrides,
              count(*) filter (where author_id <> subject_id and note is not null)::int as noted,
              (select count(*)::int from forecast_periods where workspace_id = $1) as periods
       from forecast_submissions where workspace_id = $1 and currency = 'EUR'`,
      [result.workspaceId],
    );
    expect(row!.overrides).toBe(row!.noted);
    expect(row!.overrides).toBeGreaterThan(0);
    expect(row!.calls + row!.overrides).toBe(result.counts.forecast_submissions);
    expect(row!.periods).toBe(13);
    const periods = await database.sql.query<{ label: string; status: string; accuracy: number }>(
      `select p.label, p.status, (select count(*)::int from forecast_accuracy a where a.period_id = p.id) as accuracy
       from forecast_periods p where p.workspace_id = $1 order by p.starts_on`,
      [result.workspaceId],
    );
    // The two latest ended quarters are closed, with accuracy; older ones wait for a user to close them.
    expect(periods.filter((p) => p.status === "closed").map((p) => p.label)).toEqual([
      "FY2026 Q2",
      "FY2026 Q3",
    ]);
    for (const p of periods) expect(p.accuracy > 0).toBe(p.status === "closed");
    // rep@'s own commit call is measured every week of a closed quarter.
    const [rep] = await database.sql.query<{ weeks: number }>(
      `select count(distinct a.taken_on)::int as weeks from forecast_accuracy a
       join users u on u.person_id = a.person_id and u.email = $2
       join forecast_periods p on p.id = a.period_id and p.label = 'FY2026 Q3'
       where a.workspace_id = $1 and a.source = 'call' and a.motion = 'all'`,
      [result.workspaceId, `rep@${slug}.attain.dev`],
    );
    expect(rep!.weeks).toBeGreaterThanOrEqual(13);
  });

  it("shows the pipeline's risk flags and the forecast calls through the API", async () => {
    const client = createTestClient(database, { today: options.today });
    await client.signIn(`admin@${slug}.attain.dev`, DEMO_PASSWORD);
    const settings = await (await client.get("/api/pipeline/settings")).json();
    expect(settings.stages.map((s: { name: string }) => s.name)).toEqual([
      "Qualify",
      "Discover",
      "Propose",
      "Negotiate",
      "Closed Won",
      "Closed Lost",
    ]);
    expect(settings.updatedAt).not.toBeNull();
    const flagged: Record<string, number> = {};
    for (const flag of ["no_next_step", "single_contact", "pushed", "amount_cut", "past_close_date"]) {
      const response = await client.get(`/api/pipeline/opportunities?flag=${flag}&limit=1`);
      expect(response.status).toBe(200);
      flagged[flag] = (await response.json()).total;
    }
    for (const [flag, total] of Object.entries(flagged)) expect([flag, total > 0]).toEqual([flag, true]);

    const { periods } = await (await client.get("/api/forecasts/periods")).json();
    const current = periods.find((p: { label: string }) => p.label === "FY2026 Q4");
    expect(current.current).toBe(true);
    const trend = await (await client.get(`/api/forecasts/periods/${current.id}/trend`)).json();
    // One backfilled weekly snapshot per Monday of the quarter so far: 5 October … 16 November.
    expect(trend.points.map((p: { takenOn: string }) => p.takenOn)).toEqual([
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
    ]);
    const accuracy = await (await client.get("/api/forecasts/accuracy")).json();
    expect(accuracy.periods.map((p: { label: string }) => p.label)).toEqual(["FY2026 Q3", "FY2026 Q2"]);
    expect(accuracy.people.length).toBeGreaterThan(10);

    const manager = createTestClient(database, { today: options.today });
    await manager.signIn(`manager@${slug}.attain.dev`, DEMO_PASSWORD);
    const grid = await (await manager.get(`/api/forecasts/periods/${current.id}/grid`)).json();
    // Each rep of manager@'s team has called this quarter; the manager's own team call is there too.
    expect(grid.rows.length).toBeGreaterThanOrEqual(6);
    for (const row of grid.rows) expect(row.cells.commit.call).not.toBeNull();
    expect(grid.node.cells.commit.call).not.toBeNull();
  });

  it("reports whether a demo workspace exists", async () => {
    expect(await demoCompanyExists(database, slug)).toBe(true);
    expect(await demoCompanyExists(database, `${slug}-missing`)).toBe(false);
  });
});
