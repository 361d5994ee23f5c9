import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/dates";
import { Dec, toDec } from "../money/decimal";
import { periodQuotas } from "./period-quotas";
import type { QuotaInput, Seasonality } from "./types";

const arbAnnual = fc
  .bigInt({ min: 0n, max: 10n ** 9n })
  .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
// n positive integer weights out of 100, the last making the sum exactly 1.
const arbWeights = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    const parts = raw.map((r) => Math.floor((r * 100) / total));
    parts[n - 1] = (parts[n - 1] ?? 0) + 100 - parts.reduce((a, b) => a + b, 0);
    return parts.map((p) => (p === 100 ? "1" : `0.${String(p).padStart(2, "0")}`));
  });
const arbSeasonality: fc.Arbitrary<Seasonality | null> = fc.oneof(
  fc.constant(null),
  arbWeights(4).map((weights) => ({ by: "quarter" as const, weights })),
  arbWeights(12).map((weights) => ({ by: "month" as const, weights })),
);
const arbCase = fc.record({
  annual: arbAnnual,
  seasonality: arbSeasonality,
  periodKind: fc.constantFrom("month" as const, "quarter" as const, "year" as const),
  startMonth: fc.integer({ min: 1, max: 12 }),
  mode: fc.constantFrom("half_up" as const, "half_even" as const, "down" as const),
});
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;
const full = (c: Case, over: Partial<QuotaInput> = {}): QuotaInput => ({
  fiscalYear: 2025,
  calendar: { startMonth: c.startMonth, naming: "start" },
  quota: { annual: c.annual },
  seasonality: c.seasonality,
  hireDate: null,
  leaveDate: null,
  proration: "days",
  ramp: null,
  periodKind: c.periodKind,
  rounding: { places: 2, mode: c.mode },
  ...over,
});
const total = (quotas: Record<string, string>) =>
  Object.values(quotas).reduce((t, v) => t.plus(toDec(v)), new Dec(0));

describe("quota properties", () => {
  it("a full-year person's periods sum exactly to the annual quota (any weights, period kind, fiscal start, mode)", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(total(periodQuotas(full(c)).quotas).eq(toDec(c.annual))).toBe(true);
      }),
    );
  });

  it("proration never exceeds the full quota: each period ≤ the full-year person's, and the year ≤ the annual quota", () => {
    const arbDates = fc.record({
      hire: fc.option(fc.integer({ min: 0, max: 420 })),
      stay: fc.option(fc.integer({ min: 0, max: 400 })),
      proration: fc.constantFrom("months" as const, "days" as const),
    });
    fc.assert(
      fc.property(arbCase, arbDates, (c, d) => {
        const hireDate = d.hire === null ? null : addDays("2024-11-01", d.hire);
        const leaveDate = d.stay === null ? null : addDays(hireDate ?? "2025-01-01", d.stay);
        const prorated = periodQuotas(full(c, { hireDate, leaveDate, proration: d.proration })).quotas;
        const whole = periodQuotas(full(c)).quotas;
        for (const [key, value] of Object.entries(prorated)) {
          expect(toDec(value).lessThanOrEqualTo(toDec(whole[key] ?? "0"))).toBe(true);
        }
        expect(total(prorated).lessThanOrEqualTo(toDec(c.annual))).toBe(true);
      }),
    );
  });
});
