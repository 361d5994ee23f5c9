import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import { heads, plan, role } from "./capacity-fixtures";
import { planCapacity } from "./plan-capacity";

const column = (
  result: ReturnType<typeof planCapacity>,
  field: "heads" | "rampedHeads" | "capacity" | "gap" | "requiredHeads",
) => result.months.map((m) => m[field]);
const ramp = (...values: string[]) => ({ kind: "share" as const, values });

describe("planCapacity: heads and capacity by hand", () => {
  it("2 reps starting in month 1, ramp 0/0.5/1, 10,000 each: ramped 0, 1, 2 → capacity 0, 10,000, 20,000", () => {
    const result = planCapacity(plan(3, "0", [role({ ramp: ramp("0", "0.5", "1"), current: heads(2, 0) })]));
    expect(column(result, "heads")).toEqual(["2.0000", "2.0000", "2.0000"]);
    expect(column(result, "rampedHeads")).toEqual(["0.0000", "1.0000", "2.0000"]);
    expect(column(result, "capacity")).toEqual(["0.00", "10000.00", "20000.00"]);
    expect(result.totalCapacity).toBe("30000.00");
  });

  it("one rep in tenure month 1 and one in month 2: 0 + 0.5, 0.5 + 1, 1 + 1 → 5,000, 15,000, 20,000", () => {
    const result = planCapacity(
      plan(3, "0", [role({ ramp: ramp("0", "0.5", "1"), current: [...heads(1, 0), ...heads(1, 1)] })]),
    );
    expect(column(result, "capacity")).toEqual(["5000.00", "15000.00", "20000.00"]);
  });

  it("utilisation 0.85: 2 ramped × 10,000 × 0.85 = 17,000 a month; target 25,000 → gap 8,000, required 25,000 ÷ 8,500 = 2.9412 (up)", () => {
    const result = planCapacity(
      plan(2, "25000", [role({ utilisation: "0.85", current: heads(2, 5) })], { firstOpenMonth: "2027-01" }),
    );
    expect(column(result, "capacity")).toEqual(["17000.00", "17000.00"]);
    expect(column(result, "gap")).toEqual(["8000.00", "8000.00"]);
    expect(column(result, "requiredHeads")).toEqual(["2.9412", "2.9412"]);
  });

  it("attrition 20% a year: s = 0.8^(1/12) = 0.98157653…; heads 1, 0.9816, 0.9635 (s², 4 places half-even)", () => {
    const result = planCapacity(plan(3, "0", [role({ attrition: "0.2", current: heads(1, 12) })]));
    expect(column(result, "heads")).toEqual(["1.0000", "0.9816", "0.9635"]);
    // Capacity uses the heads as shown: 0.9816 × 10,000 = 9,816.00.
    expect(column(result, "capacity")).toEqual(["10000.00", "9816.00", "9635.00"]);
    expect(result.trace[0]).toContain("= 0.01842347");
  });

  it("a leaver counts up to and including the leave month; an open requisition from its start month", () => {
    const result = planCapacity(
      plan(3, "0", [
        role({
          ramp: ramp("0", "0.5", "1"),
          current: heads(1, 6, "2026-02"),
          openRequisitions: [{ startMonth: "2026-02" }],
        }),
      ]),
    );
    expect(column(result, "heads")).toEqual(["1.0000", "2.0000", "1.0000"]);
    expect(column(result, "rampedHeads")).toEqual(["1.0000", "1.0000", "0.5000"]);
  });

  it("MetricKit: 7 ramped reps × 150,000 × 85% utilisation = 892,500.00", () => {
    const result = planCapacity(
      plan(1, "1000000", [role({ productivity: "150000", utilisation: "0.85", current: heads(7, 24) })], {
        firstOpenMonth: "2027-01",
      }),
    );
    expect(result.months[0]?.capacity).toBe("892500.00");
    expect(result.months[0]?.gap).toBe("107500.00");
  });

  it("Prowi ramp 0/25/50/75/100 on 50,000 a month: 0, 12,500, 25,000, 37,500, 50,000, 50,000", () => {
    const result = planCapacity(
      plan(6, "0", [
        role({ productivity: "50000", ramp: ramp("0", "0.25", "0.5", "0.75", "1"), current: heads(1, 0) }),
      ]),
    );
    expect(column(result, "capacity")).toEqual([
      "0.00",
      "12500.00",
      "25000.00",
      "37500.00",
      "50000.00",
      "50000.00",
    ]);
  });

  it("Pedowitz ramp 25/50/75/100 by month 4 on 50,000: 12,500, 25,000, 37,500, 50,000", () => {
    const result = planCapacity(
      plan(4, "0", [
        role({ productivity: "50000", ramp: ramp("0.25", "0.5", "0.75", "1"), current: heads(1, 0) }),
      ]),
    );
    expect(column(result, "capacity")).toEqual(["12500.00", "25000.00", "37500.00", "50000.00"]);
  });

  it("the naive 8-AE plan (techstartup): $800K a year each, hired two a quarter, ramp 0/25/50/75/100 → 2,700,000.14 of $6M", () => {
    // 66,666.67 a month (800,000 ÷ 12, to the cent) × Σ ramped heads 0 + 0.5 + 1 + 1.5 + 2.5 + … + 7 = 40.5 heads.
    const starts = ["2026-01", "2026-04", "2026-07", "2026-10"].flatMap((month) => [month, month]);
    const result = planCapacity(
      plan(
        12,
        "500000",
        [
          role({
            productivity: "66666.67",
            ramp: ramp("0", "0.25", "0.5", "0.75", "1"),
            openRequisitions: starts.map((startMonth) => ({ startMonth })),
          }),
        ],
        { firstOpenMonth: "2027-01" },
      ),
    );
    expect(column(result, "rampedHeads").join(" ")).toBe(
      "0.0000 0.5000 1.0000 1.5000 2.5000 3.0000 3.5000 4.5000 5.0000 5.5000 6.5000 7.0000",
    );
    expect(result.totalCapacity).toBe("2700000.14");
    expect(result.totalTarget).toBe("6000000.00");
  });

  it("roles share the target: 60/40 of 100,000; the plan's months sum the roles", () => {
    const result = planCapacity(
      plan(1, "100000", [
        role({ role: "ae", targetShare: "0.6", current: heads(6, 3) }),
        role({ role: "am", targetShare: "0.4", productivity: "8000", current: heads(5, 3) }),
      ]),
    );
    expect(result.roles.map((r) => [r.role, r.months[0]?.target, r.months[0]?.capacity])).toEqual([
      ["ae", "60000.00", "60000.00"],
      ["am", "40000.00", "40000.00"],
    ]);
    expect(result.months[0]).toMatchObject({
      heads: "11.0000",
      capacity: "100000.00",
      target: "100000.00",
      gap: "0.00",
    });
    expect(result.hires).toEqual([]);
    expect(result.shortfalls).toEqual([]);
  });
});

describe("planCapacity: the hiring plan", () => {
  it("10,000 a month for 6 months, no heads, lead 1: 2 hires opened 2026-01 (start 2026-02: 5 × 20,000 ≥ 60,000); 2026-01 short", () => {
    const result = planCapacity(plan(6, "10000", [role()]));
    expect(result.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2026-01", "2026-02", 2],
    ]);
    expect(column(result, "capacity")).toEqual([
      "0.00",
      "20000.00",
      "20000.00",
      "20000.00",
      "20000.00",
      "20000.00",
    ]);
    // Cumulative: 2026-01 target 10,000, capacity 0 — no hire can start before 2026-02.
    expect(result.shortfalls).toEqual([{ month: "2026-01", gap: "10000.00" }]);
  });

  it("target only from April: 1 hire, opened as late as possible — 2026-03, starting 2026-04", () => {
    const result = planCapacity(plan(6, ["0", "0", "0", "10000", "10000", "10000"], [role()]));
    expect(result.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2026-03", "2026-04", 1],
    ]);
    expect(result.hires[0]?.reason).toMatch(/^1 of the 1 hire\(s\) that close the year-end gap of 30000\.00/);
    expect(result.shortfalls).toEqual([]);
  });

  it("ramp 0/0.5/1, lead 2, 20,000 a month from April: a hire opened 2026-01 starts in March and brings (0 + 0.5 + 1 + 1) × 10,000 = 25,000 → ⌈60,000 ÷ 25,000⌉ = 3", () => {
    const result = planCapacity(
      plan(
        6,
        ["0", "0", "0", "20000", "20000", "20000"],
        [role({ ramp: ramp("0", "0.5", "1"), hiringLeadMonths: 2 })],
      ),
    );
    // Opened later they would miss May: one opened 2026-02 gives May only 0.5 → cumulative 35,000 < 40,000.
    expect(result.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2026-01", "2026-03", 3],
    ]);
    expect(column(result, "rampedHeads")).toEqual([
      "0.0000",
      "0.0000",
      "0.0000",
      "1.5000",
      "3.0000",
      "3.0000",
    ]);
    // April: cumulative 15,000 against 20,000 even with the three hired as early as possible.
    expect(result.shortfalls).toEqual([{ month: "2026-04", gap: "5000.00" }]);
    expect(result.totalCapacity).toBe("75000.00");
  });

  it("hiring is impossible when the lead time reaches past the plan: every behind month is a shortfall, no hires", () => {
    const result = planCapacity(plan(3, "10000", [role({ hiringLeadMonths: 3 })]));
    expect(result.hires).toEqual([]);
    expect(result.shortfalls.map((s) => s.gap)).toEqual(["10000.00", "20000.00", "30000.00"]);
  });

  it("a firstOpenMonth before the plan lets hires start in month 1: opened 2025-12, 1 hire covers 10,000 × 3", () => {
    const result = planCapacity(plan(3, "10000", [role()], { firstOpenMonth: "2025-11" }));
    expect(result.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2025-12", "2026-01", 1],
    ]);
    expect(result.shortfalls).toEqual([]);
  });

  it("required headcount at the start, ramp considered: the current team (tenure 0, ramp 0/0.5/1) brings 0 + 0.5 + 1 per head over 3 months", () => {
    // Year target 30,000; per head 1.5 × 10,000 = 15,000 → 2 heads like them; a fully ramped head 30,000 → 1.
    const result = planCapacity(
      plan(3, "10000", [role({ ramp: ramp("0", "0.5", "1"), current: heads(1, 0) })]),
    );
    expect(result.roles[0]?.requiredHeadcount).toBe("2.0000");
    const noTeam = planCapacity(plan(3, "10000", [role({ ramp: ramp("0", "0.5", "1") })]));
    expect(noTeam.roles[0]?.requiredHeadcount).toBe("1.0000");
  });
});

describe("planCapacity: bad input", () => {
  const codes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof PlanningInputError) return error.issues.map((i) => [i.code, i.field]);
      throw error;
    }
    throw new Error("no error thrown");
  };

  it("lists every issue: months, targets, factors, ramp, heads, shares", () => {
    const issues = codes(() =>
      planCapacity({
        months: ["2026-01", "2026-03"],
        target: ["-1", "x"],
        firstOpenMonth: "2026-13",
        places: 11,
        roles: [
          role({
            productivity: "-5",
            utilisation: "1.2",
            attrition: "1",
            hiringLeadMonths: 1.5,
            ramp: { kind: "share", values: ["0.5", "1.5"] },
            targetShare: "0.5",
            current: [{ id: "a", tenureMonths: -1, leaveMonth: "soon" }],
            openRequisitions: [{ startMonth: "2026" }],
          }),
          role({ role: "ae", ramp: { kind: "share", values: [] }, targetShare: "0.2" }),
        ],
      }),
    );
    expect(issues).toEqual([
      ["bad_month", "months[1]"],
      ["negative_amount", "target[0]"],
      ["not_a_decimal", "target[1]"],
      ["bad_month", "firstOpenMonth"],
      ["invalid", "places"],
      ["negative_amount", "roles[0].productivity"],
      ["bad_factor", "roles[0].utilisation"],
      ["bad_factor", "roles[0].attrition"],
      ["invalid", "roles[0].hiringLeadMonths"],
      ["ramp_over_100", "roles[0].ramp.values[1]"],
      ["bad_factor", "roles[0].productivity"],
      ["invalid", "roles[0].current[0].tenureMonths"],
      ["bad_month", "roles[0].current[0].leaveMonth"],
      ["bad_month", "roles[0].openRequisitions[0].startMonth"],
      ["invalid", "roles[1].role"],
      ["ramp_empty", "roles[1].ramp.values"],
      ["weights_not_one", "roles"],
    ]);
  });

  it("rejects shares that do not sum to 1, a role listed twice, a lead time over 36 months and a non-share ramp", () => {
    expect(codes(() => planCapacity(plan(1, "1", [role({ targetShare: "0.9" })])))).toEqual([
      ["weights_not_one", "roles"],
    ]);
    expect(
      codes(() => planCapacity(plan(1, "1", [role({ targetShare: "0.5" }), role({ targetShare: "0.5" })]))),
    ).toEqual([["invalid", "roles[1].role"]]);
    expect(codes(() => planCapacity(plan(1, "1", [role({ hiringLeadMonths: 37 })])))).toEqual([
      ["invalid", "roles[0].hiringLeadMonths"],
    ]);
    const amountRamp = { kind: "amount", values: ["1"] } as unknown as ReturnType<typeof role>["ramp"];
    expect(codes(() => planCapacity(plan(1, "1", [role({ ramp: amountRamp })])))).toEqual([
      ["invalid", "roles[0].ramp"],
    ]);
    expect(codes(() => planCapacity(plan(1, "1", [role()], { months: [] })))).toEqual([
      ["bad_month", "months"],
    ]);
  });

  it("rejects a target list of the wrong length, no roles, and a share carried by a role that cannot sell", () => {
    expect(codes(() => planCapacity(plan(2, ["1"], [role()])))).toEqual([["invalid", "target"]]);
    expect(codes(() => planCapacity(plan(1, "1", [])))).toEqual([["invalid", "roles"]]);
    expect(codes(() => planCapacity(plan(1, "1", [role({ productivity: "0" })])))).toEqual([
      ["bad_factor", "roles[0].productivity"],
    ]);
  });
});
