import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CalcFiles, loadCalcFiles } from "./load-calc-files";
import { runPlanCalculation } from "./run-plan-calculation";

const example = (file: string) =>
  fileURLToPath(new URL(`../../../../docs/plans/examples/${file}`, import.meta.url));
const FILES = {
  transactions: example("transactions.csv"),
  people: example("people.csv"),
  quotas: example("quotas.csv"),
  rates: example("rates.csv"),
  scores: example("scores.csv"),
};

async function calculate(plan: string, periodKey: string, files: Partial<CalcFiles> = {}) {
  const loaded = await loadCalcFiles({ ...FILES, plan: example(plan), ...files });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded));
  return runPlanCalculation({ ...loaded.input, periodKey, calendar: { startMonth: 1, naming: "end" } });
}
const payable = (report: Awaited<ReturnType<typeof calculate>>) =>
  Object.fromEntries(report.payees.map((p) => [p.payeeId, p.totals.payable]));

describe("runPlanCalculation on docs/plans/examples", () => {
  it("AE Q1, ana at 129,000 / 100,000: tiers 3,000 + 2,800 + 800 + 720 = 7,320 × 1.2 = 8,784 capped at 7,000, plus kicker 1,200 + 500 + 200 + 90 = 1,990 → 8,990.00", async () => {
    const report = await calculate("ae-plan.yaml", "2025-Q1");
    expect(payable(report)).toEqual({ ana: "8990.00", ben: "2100.00" });
    const ana = report.payees[0];
    expect(ana?.earnedByComponent).toEqual({ "Bookings commission": "7000.00", "Product kicker": "1990.00" });
    expect(ana?.lines.find((l) => l.kind === "cap")?.amount).toBe("-1784.00");
    expect(ana?.attainment).toMatchObject({ credit: "129000", quota: "100000", ratio: "1.2900" });
  });

  it("AE Q1, ben at 30,000 (75 % of T-004): 30,000 × 5 % = 1,500 with no accelerator (YTD 0.30 < 1.00), kicker 30,000 × 2 % = 600 → 2,100.00", async () => {
    const report = await calculate("ae-plan.yaml", "2025-Q1");
    expect(report.payees[1]?.earnedByComponent).toEqual({
      "Bookings commission": "1500.00",
      "Product kicker": "600.00",
    });
  });

  it("AE Q2 after Q1, ana: 30,000 × 5 % = 1,500 (YTD 159,000 / 200,000 = 0.795 keeps the accelerator off) + 30,000 × 2 % = 600 → 2,100.00", async () => {
    const report = await calculate("ae-plan.yaml", "2025-Q2");
    expect(payable(report)).toEqual({ ana: "2100.00", ben: "0.00" });
    expect(report.payees[0]?.attainment.ytdRatio).toBe("0.7950");
  });

  it("SDR Q1, sam: 3 meetings × 50 = 150 + MBO 0.6 × 1.1 × 1,000 + 0.4 × 0.5 × 1,000 = 860 → 1,010.00", async () => {
    const report = await calculate("sdr-plan.yaml", "2025-Q1");
    expect(payable(report)).toEqual({ sam: "1010.00" });
    expect(report.payees[0]?.earnedByComponent).toEqual({
      "Meetings held": "150.00",
      "Quarterly objectives": "860.00",
    });
  });

  it("manager Q1, mia: team 60,000 + 50,000 + 40,000 + 9,000 = 159,000 / 200,000 = 0.795 < 0.80 → 0.5 % × 159,000 = 795.00", async () => {
    const report = await calculate("manager-plan.yaml", "2025-Q1");
    expect(payable(report)).toEqual({ mia: "795.00" });
  });

  it("reports credits of people without the plan as unassigned (zoe's T-005, sam's meetings), not as errors", async () => {
    const report = await calculate("ae-plan.yaml", "2025-Q1");
    expect(report.unassigned.map((u) => [u.transactionId, u.payeeId])).toEqual([
      ["M-001", "sam"],
      ["M-002", "sam"],
      ["M-003", "sam"],
      ["T-005", "zoe"],
    ]);
    expect(report.errors).toEqual([]);
  });

  it("without people.csv, everyone credited is a payee; zoe has no quota, so band 1: 15,000 × 5 % = 750 + kicker 15,000 × 2 % = 300 → 1,050.00", async () => {
    const loaded = await loadCalcFiles({ ...FILES, people: undefined, plan: example("ae-plan.yaml") });
    if (!loaded.ok) throw new Error("files should load");
    const report = runPlanCalculation({
      ...loaded.input,
      periodKey: "2025-Q1",
      calendar: { startMonth: 1, naming: "end" },
    });
    expect(payable(report)).toEqual({ ana: "8990.00", ben: "2100.00", sam: "0.00", zoe: "1050.00" });
  });

  it("reports a USD transaction without a USD→EUR rate as an error on its row and column", async () => {
    const report = await calculate("ae-plan.yaml", "2025-Q1", { rates: undefined });
    expect(report.errors).toEqual([
      {
        file: "transactions.csv",
        row: 4,
        column: "currency",
        message: "transaction T-003: no USD→EUR exchange rate on or before 2025-03-05",
      },
    ]);
  });

  it("refuses a period of another kind than the plan's (2025-03 for a quarterly plan)", async () => {
    await expect(calculate("ae-plan.yaml", "2025-03")).rejects.toThrow(
      "--period 2025-03 is a month, but plan ae-2025 is paid by quarter",
    );
  });
});
