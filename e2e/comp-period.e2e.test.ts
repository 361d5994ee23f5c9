import { describe, expect, it } from "vitest";
import type { CompPeriodDetail, Statement } from "../apps/web/src/api/comp-types";
import { formatMoney } from "../apps/web/src/format/format-money";
import { CompDisputesPage } from "./page-models/comp-disputes-page";
import { CompExportsPage } from "./page-models/comp-exports-page";
import { CompPeriodsPage } from "./page-models/comp-periods-page";
import { CompRunsPage } from "./page-models/comp-runs-page";
import { CompStatement } from "./page-models/comp-statement";
import { getJson, getMe } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const finance = "finance@demo.attain.dev";
const admin = "admin@demo.attain.dev";
const manager = "manager@demo.attain.dev";
const rep = "rep@demo.attain.dev";
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });

// Today is pinned to 2026-11-22: Q3 is the last complete quarter; the dispute's adjustment is paid in Q4.
const period = "2026-Q3";
const next = "2026-Q4";
const adjustment = "150.00";

/** Runs a period and takes it through review (manager, then admin for the other teams), finance and publication. */
async function calculateApproveAndPublish(periodKey: string, shots: boolean) {
  const { page } = suite;
  await signInAs(page, finance);
  const runs = new CompRunsPage(page);
  await runs.open(periodKey);
  await runs.startAndWait();
  expect((await runs.rows()).length).toBeGreaterThan(0);
  if (shots) await page.screenshot(shot("comp-run-results"));

  const periods = new CompPeriodsPage(page);
  await periods.open(periodKey);
  expect(await periods.status()).toBe("calculated");
  await periods.act("submit", "in_review");
  await page.context().clearCookies();

  // The manager approves their team's results; the admin approves the other teams' (the manager step).
  await signInAs(page, manager);
  await periods.open(periodKey);
  await periods.act("approveManager", "in_review");
  await page.context().clearCookies();
  await signInAs(page, admin);
  await periods.open(periodKey);
  await periods.act("approveManager", "manager_approved");
  await page.context().clearCookies();

  await signInAs(page, finance);
  await periods.open(periodKey);
  await periods.act("approveFinance", "approved");
  const approved = await periods.totals();
  if (shots) await page.screenshot(shot("comp-period-approved"));
  await periods.act("publish", "published");
  await page.context().clearCookies();
  return approved;
}

describe("a pay period from calculation to the rep's adjusted statement", () => {
  let disputeId = "";
  let approvedTotals: { currency: string; amount: string; text: string }[] = [];

  it("finance runs Q3; the manager, the admin and finance approve it; finance publishes it", async () => {
    approvedTotals = await calculateApproveAndPublish(period, true);
    expect(approvedTotals.length).toBeGreaterThan(0);
    for (const total of approvedTotals)
      expect(total.text).toBe(formatMoney(total.amount, total.currency, "en"));
  });

  it("the payroll CSV's control totals equal the approved totals shown on the period", async () => {
    const { page } = suite;
    await signInAs(page, finance);
    const exportsPage = new CompExportsPage(page);
    await exportsPage.open(period);
    const { csv, controls } = await exportsPage.downloadPayroll();
    expect(csv.split(/\r?\n/)[0]).toBe("employee_id,employee_name,period,pay_code,amount,currency");
    expect(controls.map((c) => [c.currency, c.amount])).toEqual(
      approvedTotals.map((t) => [t.currency, t.amount]),
    );
    await page.screenshot(shot("comp-exports"));
  });

  it("the rep opens My pay, asks 'Why this number?' on a line and disputes it", async () => {
    const { page } = suite;
    await signInAs(page, rep);
    await page.goto(`/comp/me?period=${period}`);
    const statement = new CompStatement(page);
    await statement.waitLoaded();
    const line = await statement.firstPaidLine();
    const rules = await statement.explain(line.row);
    expect(rules.length).toBeGreaterThan(0);
    await page.screenshot({ ...shot("comp-why-this-number"), fullPage: false });
    await statement.closeExplanation();
    disputeId = await statement.dispute(
      line.row,
      "Missing accelerator",
      "I passed 100% in September; the rate should be higher.",
    );
    await page.screenshot(shot("comp-my-pay"));
  });

  it("finance resolves the dispute with an adjustment of 150.00, paid in the next open period", async () => {
    const { page } = suite;
    await signInAs(page, finance);
    const disputes = new CompDisputesPage(page);
    await disputes.open(disputeId);
    await disputes.resolveWithAdjustment(
      "You are right: the accelerator was missed.",
      adjustment,
      "Missed accelerator (dispute)",
    );
    expect(await page.getByTestId("dispute-adjustment").getAttribute("data-amount")).toBe(adjustment);
    await page.screenshot(shot("comp-dispute-resolved"));
    const detail = await getJson<{ adjustment: { periodKey: string } | null }>(
      page,
      `/api/comp/disputes/${disputeId}`,
    );
    expect(detail.adjustment?.periodKey).toBe(next);
    await page.context().clearCookies();
  });

  it("once Q4 is published, the rep's statement total is the Q4 result + the 150.00 adjustment", async () => {
    const { page } = suite;
    await calculateApproveAndPublish(next, false);
    await signInAs(page, rep);
    const me = await getMe(page);
    const api = await getJson<Statement>(page, `/api/comp/statements/${me.person?.id}/${next}`);
    expect(api.adjustments.map((a) => a.amount)).toContain(adjustment);
    const expected = sumAmounts([api.totals.resultPayable, ...api.adjustments.map((a) => a.amount)]);
    expect(api.totals.payable).toBe(expected);

    await page.goto(`/comp/me?period=${next}`);
    const statement = new CompStatement(page);
    await statement.waitLoaded();
    const total = await statement.total();
    expect(total.amount).toBe(expected);
    expect(total.text).toBe(formatMoney(expected, api.currency, "en"));
    await page.screenshot(shot("comp-adjusted-statement"));
    // The published Q3 period is unchanged: corrections never rewrite it.
    const q3 = await getJson<CompPeriodDetail>(page, `/api/comp/periods/${period}`);
    expect(q3.status).toBe("published");
  });
});
