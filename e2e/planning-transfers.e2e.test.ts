import { describe, expect, it } from "vitest";
import type { Grid, GridRow, Scenario, ScenarioSummary } from "../apps/web/src/api/planning-types";
import { formatMonth } from "../apps/web/src/format/format-date";
import { PlanningScenarioPage } from "./page-models/planning-scenario-page";
import { PlanningScenariosPage } from "./page-models/planning-scenarios-page";
import { PlanningTransfersPanel } from "./page-models/planning-transfers-panel";
import { getJson } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const admin = "admin@demo.attain.dev";

/** Exact cents of a 2-decimal amount, and back: the test's own arithmetic never touches a float. */
const cents = (amount: string) => BigInt(sumAmounts([amount]).replace(".", ""));
const amountOf = (value: bigint) => sumAmounts([`${value / 100n}.${String(value % 100n).padStart(2, "0")}`]);
const people = (grid: Grid) => grid.rows.filter((r) => r.kind === "person");
const peopleTotal = (grid: Grid) => sumAmounts(people(grid).map((r) => r.annual));
const rowOf = (grid: Grid, nodeId: string): GridRow => {
  const row = grid.rows.find((r) => r.nodeId === nodeId);
  if (!row) throw new Error(`No row ${nodeId}`);
  return row;
};

describe("quota transfer: 25% of a rep's quota to another from the 7th month, then removed", () => {
  it("moves it in the Transfers tab; the grid shows the API's annuals, the total quota stays; Remove puts both back", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const list = new PlanningScenariosPage(page);
    await list.open();
    const { scenarios } = await getJson<{ scenarios: ScenarioSummary[] }>(page, "/api/planning/scenarios");
    if (!scenarios.some((s) => s.planOfRecord)) throw new Error("The demo company has no plan of record");
    const scenarioId = await list.createCopyOfPlanOfRecord("FY2027 e2e: quota transfer");
    const scenario = await getJson<Scenario>(page, `/api/planning/scenarios/${scenarioId}`);
    expect(scenario.assumptions.transfers).toEqual([]);
    const before = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    const month = scenario.months[6] ?? "";

    // A giver with quota from the 7th month on, and a receiver in another team (the move crosses the hierarchy).
    const reps = people(before);
    const giver = reps.find((r) => r.months.slice(6).some((m) => cents(m) > 0n));
    const receiver = reps.find(
      (r) => giver && r.parentNodeId !== giver.parentNodeId && r.nodeId !== giver.nodeId,
    );
    if (!giver || !receiver) throw new Error("The demo plan has no two reps to move quota between");
    const teamName = (r: GridRow) => rowOf(before, r.parentNodeId ?? "").name;
    // 25% of the giver's months from the effective month on, rounded half up once (docs/calculations/quota-planning.md).
    const rest = cents(sumAmounts(giver.months.slice(6)));
    const moved = (rest * 25n + 50n) / 100n;
    expect(moved).toBeGreaterThan(0n);

    const grid = new PlanningScenarioPage(page);
    await grid.open(scenarioId);
    const transfers = new PlanningTransfersPanel(page);
    await transfers.open();
    await transfers.moveShare(
      {
        from: `${giver.name} · ${teamName(giver)}`,
        to: `${receiver.name} · ${teamName(receiver)}`,
        month: formatMonth(month, "en", "long"),
        percent: "25",
        reason: "e2e: account moves to another team",
      },
      () =>
        page
          .screenshot({ path: `${ensureDir(screenshotsDir)}/planning-transfer-form.png` })
          .then(() => undefined),
    );

    const saved = await getJson<Scenario>(page, `/api/planning/scenarios/${scenarioId}`);
    expect(saved.assumptions.transfers).toEqual([
      {
        fromNodeId: giver.nodeId,
        toNodeId: receiver.nodeId,
        effectiveMonth: month,
        share: "0.25",
        reason: "e2e: account moves to another team",
      },
    ]);
    const after = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    const giverAfter = rowOf(after, giver.nodeId).annual;
    const receiverAfter = rowOf(after, receiver.nodeId).annual;
    expect(giverAfter).toBe(amountOf(cents(giver.annual) - moved));
    expect(receiverAfter).toBe(amountOf(cents(receiver.annual) + moved));
    // The people's total is conserved exactly, and the grid's total is that total.
    expect(peopleTotal(after)).toBe(peopleTotal(before));
    expect(after.totals.totalQuota).toBe(before.totals.totalQuota);
    expect(saved.totalQuota).toBe(scenario.totalQuota);

    // The list says the same: each person's annual without the transfer and with it.
    expect(await transfers.row(0)).toEqual({
      from: giver.nodeId,
      to: receiver.nodeId,
      fromBefore: giver.annual,
      fromAfter: giverAfter,
      toBefore: receiver.annual,
      toAfter: receiverAfter,
    });
    await page.screenshot({ path: `${ensureDir(screenshotsDir)}/planning-transfers.png`, fullPage: true });

    // The grid tab shows exactly the API's annuals and an unchanged total.
    await page.getByTestId("tab-grid").click();
    const annualShown = (nodeId: string) =>
      page.locator(`[data-testid=grid-row][data-node-id="${nodeId}"]`).getAttribute("data-annual");
    await page
      .locator(`[data-testid=grid-row][data-node-id="${giver.nodeId}"][data-annual="${giverAfter}"]`)
      .waitFor();
    expect(await annualShown(giver.nodeId)).toBe(giverAfter);
    expect(await annualShown(receiver.nodeId)).toBe(receiverAfter);
    expect((await grid.total()).amount).toBe(before.totals.totalQuota);

    // Remove: both are back exactly, the total still the same.
    await transfers.open();
    await transfers.remove(0);
    await page.getByTestId("transfers-empty").waitFor();
    const removed = await getJson<Grid>(page, `/api/planning/scenarios/${scenarioId}/grid`);
    expect(rowOf(removed, giver.nodeId).annual).toBe(giver.annual);
    expect(rowOf(removed, receiver.nodeId).annual).toBe(receiver.annual);
    expect(removed.totals.totalQuota).toBe(before.totals.totalQuota);
    await page.getByTestId("tab-grid").click();
    await page
      .locator(`[data-testid=grid-row][data-node-id="${giver.nodeId}"][data-annual="${giver.annual}"]`)
      .waitFor();
    expect(await annualShown(giver.nodeId)).toBe(giver.annual);
    expect(await annualShown(receiver.nodeId)).toBe(receiver.annual);
    expect((await grid.total()).amount).toBe(before.totals.totalQuota);
  });
});
