import { describe, expect, it } from "vitest";
import type { Grid, Scenario, ScenarioComparison, ScenarioSummary } from "../apps/web/src/api/planning-types";
import { formatMoney } from "../apps/web/src/format/format-money";
import { PlanningComparePage } from "./page-models/planning-compare-page";
import { PlanningScenarioPage } from "./page-models/planning-scenario-page";
import { PlanningScenariosPage } from "./page-models/planning-scenarios-page";
import { getJson } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const admin = "admin@demo.attain.dev";
const shot = (name: string, fullPage = false) => ({
  path: `${ensureDir(screenshotsDir)}/${name}.png`,
  fullPage,
});
const eur = (amount: string) => formatMoney(amount, "EUR", "en");

/** Σ of the people's annual quotas, from the grid the API returns: what "total quota" must equal. */
const peopleTotal = (grid: Grid) =>
  sumAmounts(grid.rows.filter((r) => r.kind === "person").map((r) => r.annual));

describe("quota planning: copy the plan of record, change an assumption, compare, publish", () => {
  // The demo company has a published FY2027 plan of record ("FY2027 plan", v1); this file adds a scenario to it.
  let planOfRecord: ScenarioSummary;
  let scenarioId = "";
  let changedTotal = "";

  it("creates a scenario copied from the plan of record: same people, same total quota", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const list = new PlanningScenariosPage(page);
    await list.open();
    const rows = await list.rows();
    const por = rows.find((r) => r.planOfRecord);
    expect(por?.version).toBe(1);
    expect(rows[0]?.planOfRecord).toBe(true); // the plan of record comes first
    const { scenarios } = await getJson<{ scenarios: ScenarioSummary[] }>(page, "/api/planning/scenarios");
    const found = scenarios.find((s) => s.planOfRecord);
    if (!found) throw new Error("The demo company has no plan of record");
    planOfRecord = found;
    expect(planOfRecord.name).toBe("FY2027 plan");
    await page.screenshot(shot("planning-scenarios"));

    scenarioId = await list.createCopyOfPlanOfRecord("FY2027 e2e: reps at 120%");
    const copy = await getJson<Scenario>(page, `/api/planning/scenarios/${scenarioId}`);
    expect(copy).toMatchObject({ status: "draft", basedOnId: planOfRecord.id, people: planOfRecord.people });
    expect(copy.totalQuota).toBe(planOfRecord.totalQuota);
    const shown = await new PlanningScenarioPage(page).total();
    expect(shown).toEqual({ amount: copy.totalQuota, text: eur(copy.totalQuota) });
  });

  it("the reps' over-assignment raised to 120% in the wizard: the grid's total quota becomes the new Σ of people", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const scenario = new PlanningScenarioPage(page);
    await scenario.open(scenarioId);
    const before = await getJson<Scenario>(page, `/api/planning/scenarios/${scenarioId}`);
    expect(before.assumptions.allocation.overAssignment.person).not.toBe("1.2");

    const previewTotal = await scenario.applyPersonOverAssignment("120");
    const after = await scenario.totalChangedFrom(before.totalQuota);
    const saved = await getJson<Scenario>(page, `/api/planning/scenarios/${scenarioId}`);
    const grid = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    expect(saved.assumptions.allocation.overAssignment.person).toBe("1.2");
    // The preview said what Apply would give, and it did; the total is exactly the people's quotas added up.
    expect(saved.totalQuota).toBe(previewTotal);
    expect(grid.totals.totalQuota).toBe(saved.totalQuota);
    expect(peopleTotal(grid)).toBe(saved.totalQuota);
    expect(after).toEqual({ amount: saved.totalQuota, text: eur(saved.totalQuota) });
    // More over-assignment, more quota over the same target.
    expect(Number(saved.totalQuota)).toBeGreaterThan(Number(before.totalQuota));
    expect(saved.target).toBe(before.target);
    changedTotal = saved.totalQuota;
    await page.screenshot(shot("planning-grid"));
  });

  it("a month edited in the grid moves the total by the difference; Ctrl+Z puts it back exactly", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const scenario = new PlanningScenarioPage(page);
    await scenario.open(scenarioId);
    const grid = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    const person = grid.rows.find((r) => r.kind === "person" && r.editable);
    if (!person) throw new Error("no editable person in the grid");
    const january = person.months[0] ?? "0";
    // January + 1,000.00: the person's annual, and so the total quota, grow by exactly 1,000.00.
    const raised = sumAmounts([january, "1000.00"]);
    await scenario.editMonth(person.nodeId, 0, raised);
    const edited = await scenario.totalChangedFrom(changedTotal);
    expect(edited.amount).toBe(sumAmounts([changedTotal, "1000.00"]));
    await page.screenshot(shot("planning-grid-edited"));

    await scenario.undo();
    const undone = await scenario.totalChangedFrom(edited.amount);
    expect(undone).toEqual({ amount: changedTotal, text: eur(changedTotal) });
    const back = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    expect(back.rows.find((r) => r.nodeId === person.nodeId)?.months).toEqual(person.months);
  });

  it("compare shows both scenarios' figures side by side, exactly as the API computes them", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const compare = new PlanningComparePage(page);
    await compare.open(planOfRecord.id, scenarioId);
    await compare.waitForFigures();
    const api = await getJson<ScenarioComparison>(
      page,
      `/api/planning/compare?base=${planOfRecord.id}&other=${scenarioId}`,
    );
    expect(api.base.totalQuota).toBe(planOfRecord.totalQuota);
    expect(api.other.totalQuota).toBe(changedTotal);
    const total = await compare.figure("totalQuota");
    expect(total).toEqual({
      base: planOfRecord.totalQuota,
      other: changedTotal,
      baseText: eur(planOfRecord.totalQuota),
      otherText: eur(changedTotal),
    });
    const target = await compare.figure("target");
    expect(target.base).toBe(target.other); // the same target, more quota
    expect(target.baseText).toBe(eur(api.base.target));
    const cost = await compare.figure("costOfSales");
    expect(cost).toMatchObject({ base: api.base.costOfSales, other: api.other.costOfSales });
    await page.screenshot(shot("planning-compare", true));
  });

  it("publishing it makes it the plan of record, version 2; the old one is archived", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const compare = new PlanningComparePage(page);
    await compare.open(planOfRecord.id, scenarioId);
    expect(await compare.publishOther()).toBe(2);
    await page.screenshot(shot("planning-published"));

    const list = new PlanningScenariosPage(page);
    await list.open();
    const rows = await list.rows();
    expect(rows[0]).toMatchObject({ id: scenarioId, planOfRecord: true, status: "published", version: 2 });
    expect(rows.find((r) => r.id === planOfRecord.id)).toMatchObject({ status: "archived", version: 1 });
    const { versions } = await getJson<{ versions: ScenarioSummary[] }>(
      page,
      "/api/planning/versions?fiscalYear=2027",
    );
    expect(versions.map((v) => [v.id, v.version])).toEqual([
      [scenarioId, 2],
      [planOfRecord.id, 1],
    ]);
    await page.screenshot(shot("planning-plan-of-record"));
  });
});
