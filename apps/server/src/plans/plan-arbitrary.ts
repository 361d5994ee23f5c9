import type { Component, PlanDefinition, Tier, TierTable } from "@attain/engine";
import fc from "fast-check";

/**
 * Test helper: valid plans (they pass validatePlan) with awkward text — quotes, colons, "#", leading zeros,
 * numbers-as-text — so the file round-trip meets what YAML quoting must get right.
 */
export function arbPlan(): fc.Arbitrary<PlanDefinition> {
  return fc
    .record({
      key: arbText(),
      name: arbText(),
      version: fc.integer({ min: 1, max: 1000 }),
      period: fc.constantFrom("month" as const, "quarter" as const, "year" as const),
      currency: fc.constantFrom("EUR", "USD", "JPY", "KWD"),
      rounding: fc.record(
        {
          mode: fc.constantFrom("half_up" as const, "half_even" as const, "floor" as const),
          apply: fc.constantFrom("line" as const, "component" as const, "payout" as const),
          places: fc.integer({ min: 0, max: 6 }),
        },
        { requiredKeys: ["mode", "apply"] },
      ),
      bands: fc.uniqueArray(arbDecimal(), {
        minLength: 1,
        maxLength: 4,
        comparator: (a, b) => Number(a) === Number(b),
      }),
      method: fc.constantFrom("marginal" as const, "retroactive" as const, "interpolated" as const),
      rates: fc.array(arbDecimal(), { minLength: 5, maxLength: 5 }),
      matchValues: fc.array(fc.oneof(arbText(), fc.constant("*")), { minLength: 2, maxLength: 2 }),
      extras: fc.boolean(),
    })
    .map(({ bands, method, rates, matchValues, extras, ...plan }): PlanDefinition => {
      const tierTable = makeTierTable(bands, method, rates);
      const [r0 = "0", r1 = "0", r2 = "0"] = rates;
      const components: Component[] = [
        {
          kind: "commission",
          name: "Bookings",
          measure: "bookings",
          rate: { kind: "tiers", table: tierTable.name },
          evaluation: "cumulative",
          reset: plan.period,
          trueUp: extras,
          ...(extras
            ? { caps: { perPeriod: "50000.00" }, filter: { roles: ["direct" as const], minimumAmount: r1 } }
            : {}),
        },
        {
          kind: "commission",
          name: "Rated",
          measure: "margin",
          rate: { kind: "rate_table", table: "rates" },
          evaluation: "per_transaction",
          reset: "year",
          trueUp: false,
        },
        {
          kind: "spif",
          name: "Spif",
          measure: "units",
          filter: { from: "2025-02-01", to: "2025-02-28" },
          payout: extras ? { perDeal: r2 } : { rate: r2 },
          eligibleJobRoles: extras ? ["ae", "sdr"] : [],
        },
        {
          kind: "mbo",
          name: "MBO",
          objectives: [
            { key: "a", label: matchValues[0] ?? "x", weight: "0.25" },
            { key: "b", label: "b", weight: "0.75" },
          ],
          targetAmount: r0,
          maxScore: "1.5",
        },
        {
          kind: "formula",
          name: "Formula",
          formula: 'IF(attainment >= 1, bookings * 0.01, 0) & ""'.replace(' & ""', ""),
        },
      ];
      return {
        ...plan,
        effectiveFrom: "2025-01-01",
        effectiveTo: extras ? "2025-12-31" : null,
        quotaMeasure: "bookings",
        rateTables: [
          {
            name: "rates",
            keys: ["product"],
            rows: matchValues.map((value, i) => ({ match: { product: value }, rate: rates[i] ?? "0" })),
            defaultRate: extras ? null : r0,
          },
        ],
        tierTables: [tierTable],
        variables: extras ? [{ name: "gap", formula: "quota - bookings" }] : [],
        components,
        draw: extras ? { kind: "recoverable", amount: r1, recoveryShare: "1", until: null } : null,
        clawback: extras
          ? {
              windowDays: 90,
              method: "sliding",
              schedule: [
                { withinDays: 30, share: "1" },
                { withinDays: 90, share: "0.50" },
              ],
            }
          : null,
        holdback: extras ? { share: "0.10", releaseAfterPeriods: 2 } : null,
      };
    });
}

function makeTierTable(bands: string[], method: TierTable["method"], rates: string[]): TierTable {
  const bounds = ["0", ...[...bands].filter((b) => Number(b) > 0).sort((a, b) => Number(a) - Number(b))];
  const tiers = bounds.map((from, i): Tier => {
    const to = bounds[i + 1] ?? null;
    const rate = rates[i] ?? "0";
    return method === "interpolated" && to !== null
      ? { from, to, rate, rateAtTo: rates[i + 1] ?? rate }
      : { from, to, rate };
  });
  return { name: "tiers: 'A' #1", basis: "attainment", method, boundary: "upper", tiers };
}

// Non-negative decimals with 0–4 fraction digits, written as plan authors do ("0.050", "12", "007" is not one).
function arbDecimal(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 4 })).map(([n, scale]) => {
    const digits = String(n).padStart(scale + 1, "0");
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });
}

function arbText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
    fc.constantFrom(
      "007",
      "1.50",
      "true",
      "null",
      "a: b",
      "# not a comment",
      "'quoted'",
      '"dq"',
      "- item",
      "2025-01-01",
      "~",
      "é ü 漢",
    ),
  );
}
