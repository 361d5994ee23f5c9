import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { CreditLine } from "./calculation";
import type { Component } from "./plan";
import {
  amountsOf,
  credit,
  emptyPrior,
  flatCommission,
  inputFor,
  planWith,
  quartersOf,
  tierTable,
} from "./test-fixtures";

// Every pay-related example of /work/shared/data/worked-examples.md, run through the entry point.

describe("worked examples through calculatePayeePeriod", () => {
  it("Oracle 1.1 step rates per transaction: 2 + 3 + 20 + 14 + 30 + 95 = 164", () => {
    const plan = planWith({
      period: "quarter",
      tierTables: [
        tierTable("Oracle step", "amount", "marginal", [
          ["0", "1000", "0.01"],
          ["1000", "3000", "0.02"],
          ["3000", "8000", "0.03"],
          ["8000", "20000", "0.05"],
        ]),
      ],
      components: [
        flatCommission("Step", "0", {
          rate: { kind: "tiers", table: "Oracle step" },
          evaluation: "per_transaction",
        }),
      ],
    });
    const yearPeriods = quartersOf(2015);
    const credits = [
      credit("T1", "2015-01-01", "200"),
      credit("T2", "2015-01-02", "300"),
      credit("T3", "2015-01-15", "1500"),
      credit("T4", "2015-02-01", "1200"),
      credit("T5", "2015-02-15", "2000"),
      credit("T6", "2015-03-01", "4500"),
    ];
    const result = calculatePayeePeriod(inputFor(plan, { yearPeriods, period: yearPeriods[0], credits }));
    expect(amountsOf(result.lines, "commission")).toEqual([
      "2.00",
      "3.00",
      "20.00",
      "14.00",
      "30.00",
      "95.00",
    ]);
    expect(result.totals.earned).toBe("164.00");
    expect(result.totals.payable).toBe("164.00");
    const t6 = result.lines[5]?.trace.map((s) => s.detail);
    expect(t6?.slice(1)).toEqual(["1,000 × 1% = 10", "2,000 × 2% = 40", "1,500 × 3% = 45"]);
  });

  it("SparrowGenie 4.1 cap: 400,000 × 3% = 12,000, capped at 10,000 (cap line −2,000)", () => {
    const plan = planWith({
      components: [flatCommission("Sales", "0.03", { caps: { perPeriod: "10000" } })],
    });
    const result = calculatePayeePeriod(inputFor(plan, { credits: [credit("D1", "2025-01-20", "400000")] }));
    expect(result.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "12000.00"],
      ["cap", "-2000.00"],
    ]);
    expect(result.lines[1]?.trace[0]?.rule).toBe("Cap of 'Sales': per period 10000");
    expect(result.totals.earned).toBe("10000.00");
    expect(result.earnedByComponent).toEqual({ Sales: "10000.00" });
  });

  const earnedOn = (components: Component[], credits: CreditLine[]) =>
    calculatePayeePeriod(inputFor(planWith({ components }), { credits })).totals.earned;
  const split = (id: string, bookings: string, share: string) =>
    credit(id, "2025-01-10", bookings, { role: "split", share, transactionId: "deal" });

  it("Prowi 7.1a SDR/AE split of 100,000: SDR $50 + 15,000×2% = $350; AE 85,000×10% = $8,500; total $8,850", () => {
    const meeting: Component = {
      kind: "spif",
      name: "Meeting",
      measure: "bookings",
      filter: { from: "2025-01-01", to: "2025-12-31" },
      payout: { perDeal: "50" },
      eligibleJobRoles: [],
    };
    const sdr = earnedOn([meeting, flatCommission("ACV", "0.02")], [split("sdr", "15000", "0.15")]);
    const ae = earnedOn([flatCommission("ACV", "0.10")], [split("ae", "85000", "0.85")]);
    expect([sdr, ae]).toEqual(["350.00", "8500.00"]);
    expect(Number(sdr) + Number(ae)).toBe(8850);
  });

  it("Prowi 7.1b territory overlap 60/40 of 100,000 at 10%: $6,000 and $4,000", () => {
    const rate = [flatCommission("ACV", "0.10")];
    expect(earnedOn(rate, [split("a", "60000", "0.6")])).toBe("6000.00");
    expect(earnedOn(rate, [split("b", "40000", "0.4")])).toBe("4000.00");
  });

  it("Prowi 7.1c hand-off 60/40 of 80,000 at 10%: $4,800 and $3,200", () => {
    const rate = [flatCommission("ACV", "0.10")];
    expect(earnedOn(rate, [split("old", "48000", "0.6")])).toBe("4800.00");
    expect(earnedOn(rate, [split("new", "32000", "0.4")])).toBe("3200.00");
  });

  const team = [
    ["A", "75000"],
    ["B", "60000"],
    ["C", "67500"],
    ["D", "52500"],
    ["E", "45000"],
  ];
  const rollups = team.map(([rep, sales]) =>
    credit(`r-${rep}`, "2025-01-15", sales as string, { role: "rollup", transactionId: `deal-${rep}` }),
  );
  const override = (
    threshold: string,
    rate: Component extends never ? never : { kind: "flat"; rate: string } | { kind: "tiers"; table: string },
  ) => ({ kind: "override", name: "Override", measure: "bookings", rate, threshold }) satisfies Component;

  it("Prowi 8.1 reps at 10%: 7,500 + 6,000 + 6,750 + 5,250 + 4,500 = 30,000", () => {
    const earned = team.map(([rep, sales]) =>
      earnedOn([flatCommission("Rep", "0.10")], [credit(`c-${rep}`, "2025-01-15", sales as string)]),
    );
    expect(earned).toEqual(["7500.00", "6000.00", "6750.00", "5250.00", "4500.00"]);
  });

  it("Prowi 8.1 override 3% first dollar: 2,250 + 1,800 + 2,025 + 1,575 + 1,350 = 9,000", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [override("0", { kind: "flat", rate: "0.03" })] }), {
        credits: rollups,
      }),
    );
    expect(amountsOf(result.lines, "override")).toEqual([
      "2250.00",
      "1800.00",
      "2025.00",
      "1575.00",
      "1350.00",
    ]);
    expect(result.totals.earned).toBe("9000.00");
  });

  it("Prowi 8.1 override above a 225,000 threshold: (300,000 − 225,000) × 3% = 2,250", () => {
    const plan = planWith({ components: [override("225000", { kind: "flat", rate: "0.03" })] });
    expect(calculatePayeePeriod(inputFor(plan, { credits: rollups })).totals.earned).toBe("2250.00");
  });

  it("Prowi 8.1 tiered override on team attainment: <80% 2%, 80–100% 3%, 100–120% 4%, >120% 5%", () => {
    const schedule = tierTable("Override schedule", "attainment", "retroactive", [
      ["0", "0.80", "0.02"],
      ["0.80", "1.00", "0.03"],
      ["1.00", "1.20", "0.04"],
      ["1.20", null, "0.05"],
    ]);
    const plan = planWith({
      tierTables: [schedule],
      components: [override("0", { kind: "tiers", table: "Override schedule" })],
    });
    const earnedWith = (teamQuota: string) =>
      calculatePayeePeriod(inputFor(plan, { credits: rollups, teamQuotas: { "2025-01": teamQuota } })).totals
        .earned;
    expect(earnedWith("400000")).toBe("6000.00"); // 75% → 300,000 × 2%
    expect(earnedWith("350000")).toBe("9000.00"); // 85.7% → 3%
    expect(earnedWith("300000")).toBe("12000.00"); // exactly 100% → the higher band, 4%
    expect(earnedWith("200000")).toBe("15000.00"); // 150% → 5%
  });

  describe("Xactly 5.2 draw of $1,500 in August and September, commissions $500 then $3,000", () => {
    const plan = (kind: "recoverable" | "non_recoverable") =>
      planWith({
        components: [flatCommission("Commission", "1")],
        draw: { kind, amount: "1500", recoveryShare: "1", until: null },
      });
    const months = inputFor(planWith()).yearPeriods;
    const aug = (kind: "recoverable" | "non_recoverable") =>
      calculatePayeePeriod(
        inputFor(plan(kind), { period: months[7], credits: [credit("aug", "2025-08-10", "500")] }),
      );
    const sep = (kind: "recoverable" | "non_recoverable", drawBalance: string) =>
      calculatePayeePeriod(
        inputFor(plan(kind), {
          period: months[8],
          credits: [credit("sep", "2025-09-10", "3000")],
          prior: emptyPrior({ drawBalance }),
        }),
      );

    it("recoverable: August paid 500 + 1,000 draw = 1,500, 1,000 owed", () => {
      const result = aug("recoverable");
      expect([result.totals.earned, result.totals.drawAdvance, result.totals.payable]).toEqual([
        "500.00",
        "1000.00",
        "1500.00",
      ]);
      expect(result.next.drawBalance).toBe("1000.00");
    });

    it("recoverable: September paid 3,000 − 1,000 recovered = 2,000, balance 0", () => {
      const result = sep("recoverable", aug("recoverable").next.drawBalance);
      expect([result.totals.earned, result.totals.drawRecovered, result.totals.payable]).toEqual([
        "3000.00",
        "1000.00",
        "2000.00",
      ]);
      expect(result.next.drawBalance).toBe("0.00");
    });

    it("non-recoverable: September take-home 3,000 (the 1,000 is not repaid)", () => {
      const result = sep("non_recoverable", aug("non_recoverable").next.drawBalance);
      expect([result.totals.earned, result.totals.drawRecovered, result.totals.payable]).toEqual([
        "3000.00",
        "0.00",
        "3000.00",
      ]);
    });
  });
});
