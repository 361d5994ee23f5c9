import { describe, expect, it } from "vitest";
import type {
  Optimisation,
  TerritoryMapData,
  TerritoryPlan,
  TerritoryPlanSummary,
} from "../apps/web/src/api/territory-types";
import { TerritoryPlanPage } from "./page-models/territory-plan-page";
import { TerritoryPlansPage } from "./page-models/territory-plans-page";
import { getJson } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const admin = "admin@demo.attain.dev";
const draftName = "FY2027 rebalanced";
const shot = (name: string, fullPage = false) => ({
  path: `${ensureDir(screenshotsDir)}/${name}.png`,
  fullPage,
});
const byKey = (plan: TerritoryPlan) => new Map(plan.territories.map((t) => [t.key, t]));

describe("territory design: see the draft on a map, rebalance it, apply", () => {
  let planId = "";

  it("lists the demo's draft and draws its accounts on the map, one circle per account with coordinates", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const list = new TerritoryPlansPage(page);
    await list.open();
    const row = (await list.rows()).find((r) => r.name === draftName);
    expect(row?.status).toBe("draft");
    await page.screenshot(shot("territory-plans"));

    await list.openPlan(draftName);
    const plan = new TerritoryPlanPage(page);
    planId = plan.planId();
    expect(planId).toBe(row?.id);
    const map = await getJson<TerritoryMapData>(page, `/api/territories/plans/${planId}/map`);
    expect(map.accounts.length).toBeGreaterThan(0);
    expect(await plan.mapAccounts()).toBe(map.accounts.length);
    // The hover card names the account, its territory and its tier.
    const tooltip = await plan.hoverFirstAccount();
    expect(tooltip).toMatch(/Potential/);
    expect(tooltip).toMatch(/Tier/);
    await page.screenshot(shot("territory-map"));
  });

  it("rebalances: the before/after equity is the run's, the moved accounts are listed and highlighted", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    await page.goto(`/territories/${planId}`);
    const plan = new TerritoryPlanPage(page);
    await plan.mapAccounts();
    const runId = await plan.rebalance({ method: "Automatic", timeLimit: 10 });
    const run = await getJson<Optimisation>(page, `/api/territories/optimisations/${runId}`);
    expect(run.status).toBe("done");
    const result = run.result;
    if (!result) throw new Error("the finished run has no result");
    expect(result.before).not.toBeNull();
    expect(result.moves.length).toBeGreaterThan(0);

    // Every figure shown is the run's own number (data attributes carry them unformatted).
    const metrics = await plan.metrics();
    const expected = (["potential", "workload"] as const).flatMap((m) =>
      (["min", "max", "stdDev", "gini"] as const).map((s) => ({
        metric: `${m}.${s}`,
        before: String(result.before?.[m][s]),
        after: String(result.after[m][s]),
      })),
    );
    expect(metrics).toEqual(expected);
    // A rebalance on potential narrows the spread of potential.
    expect(result.after.potential.stdDev).toBeLessThanOrEqual(result.before?.potential.stdDev ?? 0);

    const listed = await plan.movedAccountIds();
    expect(listed).toEqual(result.moves.slice(0, 100).map((m) => m.accountId));
    const map = await getJson<TerritoryMapData>(page, `/api/territories/plans/${planId}/map`);
    const onMap = new Set(map.accounts.map((a) => a.id));
    expect(await plan.movedOnMap()).toBe(result.moves.filter((m) => onMap.has(m.accountId)).length);
    await page.screenshot(shot("territory-rebalance", true));
  });

  it("applies the run: the plan's revision and territory loads become the run's 'after'", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const before = await getJson<TerritoryPlan>(page, `/api/territories/plans/${planId}`);
    await page.goto(`/territories/${planId}`);
    const plan = new TerritoryPlanPage(page);
    await plan.mapAccounts();
    const runId = await plan.rebalance({ method: "Heuristic only", timeLimit: 5 });
    const run = await getJson<Optimisation>(page, `/api/territories/optimisations/${runId}`);
    const result = run.result;
    if (!result) throw new Error("the finished run has no result");
    expect(result.moves.length).toBeGreaterThan(0);

    await plan.apply(before.revision);
    const after = await getJson<TerritoryPlan>(page, `/api/territories/plans/${planId}`);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect((await getJson<Optimisation>(page, `/api/territories/optimisations/${runId}`)).status).toBe(
      "applied",
    );

    // Each territory now carries exactly the accounts and potential the run promised.
    const byId = new Map(after.territories.map((t) => [t.id, t]));
    for (const load of result.after.territories) {
      expect(byId.get(load.territoryId)?.load, load.territoryId).toMatchObject({
        accounts: load.accounts,
        potential: load.potential,
      });
    }
    // The figures changed: at least one territory's potential moved, and the page shows the new loads.
    const oldLoads = byKey(before);
    const changed = after.territories.filter((t) => oldLoads.get(t.key)?.load.potential !== t.load.potential);
    expect(changed.length).toBeGreaterThan(0);
    const shown = await plan.hierarchy();
    for (const t of after.territories)
      expect(shown.get(t.key), t.key).toEqual({ accounts: t.load.accounts, potential: t.load.potential });
    // Every moved account is in its new territory.
    const moved = result.moves[0];
    if (moved) {
      const page1 = await getJson<{ accounts: { accountId: string }[] }>(
        page,
        `/api/territories/plans/${planId}/accounts?territoryId=${moved.toTerritoryId}&limit=1000`,
      );
      expect(page1.accounts.map((a) => a.accountId)).toContain(moved.accountId);
    }
    await page.screenshot(shot("territory-applied"));
  });

  it("the list still shows the draft, with the plan of record first", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const { plans } = await getJson<{ plans: TerritoryPlanSummary[] }>(page, "/api/territories/plans");
    const list = new TerritoryPlansPage(page);
    await list.open();
    const rows = await list.rows();
    expect(rows.map((r) => r.id)).toEqual(plans.map((p) => p.id));
    if (plans.some((p) => p.planOfRecord)) expect(rows[0]?.planOfRecord).toBe(true);
  });
});
