import { describe, expect, it } from "vitest";
import { validatePlan } from "./validate-plan";
import { makeTestPlan, withChange } from "./validate-plan-test-plan";

const issuesOf = (plan: unknown, options?: { measures?: string[] }) => {
  const result = validatePlan(plan, options);
  return result.ok ? [] : result.issues;
};

describe("validatePlan: shape", () => {
  it("accepts the test plan with one component of every kind, unchanged", () => {
    expect(validatePlan(makeTestPlan())).toEqual({ ok: true, plan: makeTestPlan() });
  });

  it("fills the documented defaults of a minimal plan", () => {
    const result = validatePlan({
      key: "k",
      name: "Minimal",
      version: 1,
      effectiveFrom: "2025-01-01",
      currency: "USD",
      period: "month",
      quotaMeasure: "bookings",
      tierTables: [
        { name: "T", basis: "amount", method: "retroactive", tiers: [{ from: "0", rate: "0.1" }] },
      ],
      components: [
        {
          kind: "commission",
          name: "C",
          measure: "bookings",
          rate: { kind: "tiers", table: "T" },
          evaluation: "cumulative",
          reset: "month",
        },
        {
          kind: "spif",
          name: "S",
          measure: "units",
          filter: { from: "2025-01-01", to: "2025-01-31" },
          payout: { rate: "5%" },
        },
      ],
    });
    expect(result).toEqual({
      ok: true,
      plan: {
        key: "k",
        name: "Minimal",
        version: 1,
        effectiveFrom: "2025-01-01",
        effectiveTo: null,
        currency: "USD",
        period: "month",
        quotaMeasure: "bookings",
        rounding: { mode: "half_up", apply: "line" },
        rateTables: [],
        tierTables: [
          {
            name: "T",
            basis: "amount",
            method: "retroactive",
            boundary: "upper",
            tiers: [{ from: "0", to: null, rate: "0.1" }],
          },
        ],
        variables: [],
        components: [
          {
            kind: "commission",
            name: "C",
            measure: "bookings",
            rate: { kind: "tiers", table: "T" },
            evaluation: "cumulative",
            reset: "month",
            trueUp: false,
          },
          {
            kind: "spif",
            name: "S",
            measure: "units",
            filter: { from: "2025-01-01", to: "2025-01-31" },
            payout: { rate: "0.05" },
            eligibleJobRoles: [],
          },
        ],
        draw: null,
        clawback: null,
        holdback: null,
      },
    });
  });

  it.each([
    ["5%", "0.05"],
    ["12.5%", "0.125"],
    ["150%", "1.50"],
    ["0.5%", "0.005"],
    ["100.25%", "1.0025"],
  ])("reads the percent %s as the decimal %s", (percent, decimal) => {
    const plan = withChange((p) => {
      p.tierTables[0]!.tiers[0]!.rate = percent;
    });
    const result = validatePlan(plan);
    expect(result.ok && result.plan.tierTables[0]?.tiers[0]?.rate).toBe(decimal);
  });

  it("names an unknown key and the key it was probably meant to be", () => {
    expect(issuesOf({ ...makeTestPlan(), tierTabels: [] })).toEqual([
      { path: ["tierTabels"], message: 'unknown key "tierTabels" (did you mean "tierTables"?)' },
    ]);
    const typo = withChange((p) => {
      Object.assign(p.tierTables[0]?.tiers[0] ?? {}, { rat: "0.05", colour: "red" });
    });
    expect(issuesOf(typo)).toEqual([
      { path: ["tierTables", 0, "tiers", 0, "rat"], message: 'unknown key "rat" (did you mean "rate"?)' },
      { path: ["tierTables", 0, "tiers", 0, "colour"], message: 'unknown key "colour"' },
    ]);
  });

  it("says what is missing or malformed, field by field", () => {
    const { name: _, ...noName } = makeTestPlan();
    expect(issuesOf({ ...noName, version: 0, effectiveFrom: "2025-02-30", period: "quartr" })).toEqual([
      { path: ["name"], message: "missing (expected text)" },
      { path: ["version"], message: "must be at least 1" },
      { path: ["effectiveFrom"], message: 'expected a real date YYYY-MM-DD, got "2025-02-30"' },
      {
        path: ["period"],
        message: 'expected one of month, quarter, year, got "quartr" (did you mean "quarter"?)',
      },
    ]);
    expect(
      issuesOf(
        withChange((p) => {
          p.tierTables[0]!.tiers[1]!.rate = "1e3";
        }),
      ),
    ).toEqual([
      { path: ["tierTables", 0, "tiers", 1, "rate"], message: 'expected a decimal such as 0.05, got "1e3"' },
    ]);
  });

  it("names a wrong component kind, and a gate by the branch it came closest to", () => {
    const plan = makeTestPlan();
    const components: unknown[] = [...plan.components];
    components[2] = { kind: "bonus", name: "X" };
    components[0] = { ...plan.components[0], gate: { scope: "period" } };
    components[4] = { ...plan.components[4], payout: { perDeal: "1", rate: "0.1" } };
    expect(issuesOf({ ...plan, components })).toEqual([
      {
        path: ["components", 0, "gate", "attainmentAtLeast"],
        message: "missing (expected a decimal such as 0.05)",
      },
      {
        path: ["components", 2, "kind"],
        message: 'expected one of commission, attainment_bonus, mbo, spif, override, formula, got "bonus"',
      },
      { path: ["components", 4, "payout"], message: "a payout is either { perDeal } or { rate }" },
    ]);
  });

  it("rejects input that is not a plan object at all", () => {
    expect(issuesOf("plan")).toEqual([
      { path: [], message: "Invalid input: expected object, received string" },
    ]);
  });
});

describe("validatePlan: plan-wide rules", () => {
  it("reports effectiveTo 2024-12-31 before effectiveFrom 2025-01-01, and an unknown currency", () => {
    expect(
      issuesOf(withChange((p) => Object.assign(p, { effectiveTo: "2024-12-31", currency: "euro" }))),
    ).toEqual([
      { path: ["effectiveTo"], message: "effectiveTo 2024-12-31 is before effectiveFrom 2025-01-01" },
      {
        path: ["currency"],
        message: 'unknown currency "euro" (expected an ISO 4217 code such as EUR or USD)',
      },
    ]);
  });

  it("reports a clawback schedule 60 then 30 days (not ascending), past the window, and a share of 1.5", () => {
    const plan = withChange((p) => {
      p.clawback = {
        windowDays: 45,
        method: "sliding",
        schedule: [
          { withinDays: 60, share: "1.5" },
          { withinDays: 30, share: "0.5" },
        ],
      };
    });
    expect(issuesOf(plan)).toEqual([
      {
        path: ["clawback", "schedule", 0, "withinDays"],
        message: "clawback schedule row 1 reaches 60 days, beyond the 45-day window",
      },
      { path: ["clawback", "schedule", 0, "share"], message: "clawback share must be from 0 to 1, got 1.5" },
      {
        path: ["clawback", "schedule", 1, "withinDays"],
        message:
          "clawback schedule row 2 (withinDays 30) must come after row 1 (withinDays 60) — rows must ascend",
      },
    ]);
  });

  it("schedule ≤30 days 100 %, ≤60 days 50 % in a 90-day window: days 61–90 would take back 0 → rejected on the last row", () => {
    const plan = withChange((p) => {
      p.clawback = {
        windowDays: 90,
        method: "sliding",
        schedule: [
          { withinDays: 30, share: "1" },
          { withinDays: 60, share: "0.5" },
        ],
      };
    });
    expect(issuesOf(plan)).toEqual([
      {
        path: ["clawback", "schedule", 1, "withinDays"],
        message:
          "clawback schedule stops at 60 days but the window is 90 days — gap from day 61 to day 90, where a reversal would take back 0; end the last row at withinDays 90 (share 0 if nothing is meant to be taken back)",
      },
    ]);
  });

  it("a last row at exactly the window (90 of 90) is complete", () => {
    const plan = withChange((p) => {
      p.clawback = { windowDays: 90, method: "sliding", schedule: [{ withinDays: 90, share: "0.5" }] };
    });
    expect(issuesOf(plan)).toEqual([]);
  });

  it("accepts a holdback share of 0.99 and refuses 1 (nothing would be paid now) and -0.1", () => {
    const share = (s: string) =>
      issuesOf(
        withChange((p) => {
          p.holdback = { share: s, releaseAfterPeriods: 1 };
        }),
      );
    expect(share("0.99")).toEqual([]);
    expect(share("1")).toEqual([
      { path: ["holdback", "share"], message: "holdback share must be at least 0 and below 1, got 1" },
    ]);
    expect(share("-0.1")).toEqual([
      { path: ["holdback", "share"], message: "holdback share must be at least 0 and below 1, got -0.1" },
    ]);
  });

  it("reports a draw of -100 and a recovery share of 1.2", () => {
    const plan = withChange((p) => {
      p.draw = { kind: "non_recoverable", amount: "-100", recoveryShare: "1.2", until: null };
    });
    expect(issuesOf(plan)).toEqual([
      { path: ["draw", "amount"], message: "draw amount must not be negative, got -100" },
      { path: ["draw", "recoveryShare"], message: "draw recoveryShare must be from 0 to 1, got 1.2" },
    ]);
  });

  it("reports duplicate component, table and variable names at the second one", () => {
    const plan = withChange((p) => {
      p.components[1]!.name = "Bookings";
      p.rateTables.push({ ...p.rateTables[0]! });
      p.variables.push({ name: "gap", formula: "1" });
    });
    expect(issuesOf(plan)).toEqual([
      {
        path: ["components", 1, "name"],
        message: 'duplicate component name "Bookings" (also components[0])',
      },
      {
        path: ["rateTables", 1, "name"],
        message: 'duplicate rate table name "Product rates" (also rateTables[0])',
      },
      { path: ["variables", 2, "name"], message: 'duplicate variable name "gap" (also variables[0])' },
    ]);
  });
});
