import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultAssumptions } from "../default-assumptions";
import type { Assumptions } from "../schemas";
import type { CapacityPerson } from "./build-capacity-input";
import { planScenarioCapacity } from "./plan-scenario-capacity";

const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const base = defaultAssumptions({
  lastYearTotal: "0",
  seasonality: months.map(() => "0"),
  peopleWithHistory: 0,
});
const share = (max: number) => fc.integer({ min: 0, max }).map((n) => new Decimal(n).div(100).toFixed(2));

/** AE-only assumptions as scenarios stored them before roles: a target and the four AE fields. */
const legacyArbitrary = fc
  .record({
    annual: fc.integer({ min: 0, max: 1_200_000 }).map(String),
    productivity: fc.integer({ min: 5_000, max: 100_000 }).map(String),
    utilisation: share(100).filter((u) => u !== "0.00"),
    attrition: share(60),
    hiringLeadMonths: fc.integer({ min: 0, max: 6 }),
  })
  .map(
    ({ annual, ...capacity }): Assumptions => ({
      ...base,
      target: {
        annual,
        seasonality: { source: "entered", weights: [...Array(11).fill("0.083333"), "0.083337"] },
      },
      capacity: { ...base.capacity, ...capacity },
    }),
  );
const peopleArbitrary = fc.array(
  fc.record({
    nodeId: fc.uuid().map((id) => `person:${id}`),
    hireDate: fc.option(
      fc
        .integer({ min: 0, max: 36 })
        .map((m) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`),
      { nil: null },
    ),
    leaveDate: fc.constant(null),
  }),
  { maxLength: 6 },
);
const scenario = (assumptions: Assumptions) => ({ id: "s", months, assumptions });

describe("the scenario capacity plan, for any AE-only assumptions", () => {
  it(
    "the old fields and the same figures as an explicit ae role (plus an SDR) give the same AE plan",
    () =>
      fc.assert(
        fc.property(
          legacyArbitrary,
          peopleArbitrary,
          fc.integer({ min: 1, max: 4 }),
          (legacy, people, ratio) => {
            const { productivity, utilisation, attrition, hiringLeadMonths } = legacy.capacity;
            const explicit: Assumptions = {
              ...legacy,
              capacity: {
                ...legacy.capacity,
                roles: [
                  { role: "ae", driver: "quota", productivity, utilisation, attrition, hiringLeadMonths },
                  {
                    role: "sdr",
                    driver: "coverage",
                    coverage: { of: "ae", ratio: String(ratio) },
                    attrition: "0.2",
                    hiringLeadMonths: 1,
                    utilisation: "1",
                  },
                ],
              },
            };
            const {
              roles: oldRoles,
              totals: _t,
              ...before
            } = planScenarioCapacity(scenario(legacy), people, "2026-11-15");
            const {
              roles,
              totals: _u,
              ...after
            } = planScenarioCapacity(scenario(explicit), people, "2026-11-15");
            expect(after).toEqual(before);
            expect(roles[0]).toEqual(oldRoles[0]);
          },
        ),
        { numRuns: 8 },
      ),
    // Each run plans 2 roles × 5 variations for a 12-month year: seconds on a busy machine.
    120_000,
  );

  it(
    "totals add up the roles (heads, ramped heads, starts, hires, current heads); the SDRs have the heads they need every month",
    () =>
      fc.assert(
        fc.property(legacyArbitrary, peopleArbitrary, peopleArbitrary, (legacy, aes, sdrs) => {
          const withSdr: Assumptions = {
            ...legacy,
            capacity: {
              ...legacy.capacity,
              roles: [
                { role: "ae", driver: "quota", ...legacy.capacity },
                {
                  role: "sdr",
                  driver: "coverage",
                  coverage: { of: "ae", ratio: "2" },
                  attrition: "0.3",
                  hiringLeadMonths: 2,
                  utilisation: "0.8",
                },
              ],
            },
          };
          const plan = planScenarioCapacity(
            scenario(withSdr),
            aes,
            "2026-11-15",
            new Map([["sdr", sdrs as CapacityPerson[]]]),
          );
          plan.totals.months.forEach((month, t) => {
            const sum = (pick: "heads" | "rampedHeads") =>
              plan.roles.reduce((s, r) => s.plus(r.months[t]?.[pick] ?? "0"), new Decimal(0)).toFixed(4);
            expect([month.heads, month.rampedHeads]).toEqual([sum("heads"), sum("rampedHeads")]);
          });
          const hires = plan.roles.flatMap((r) => r.hires).reduce((n, h) => n + h.count, 0);
          expect(plan.totals.hires).toBe(hires);
          expect(plan.totals.currentHeads).toBe(plan.roles.reduce((n, r) => n + r.currentHeads, 0));
          // The SDRs' target is the AE plan's heads, month by month.
          expect(plan.roles[1]?.months.map((m) => m.target)).toEqual(
            plan.roles[0]?.months.map((m) => m.heads),
          );
          expect(plan.totals.months.reduce((n, m) => n + m.starts, 0)).toBeLessThanOrEqual(hires);
          // Staffed month by month: hires can start from 2027-01 (opened 2026-11 + 2 months), so every month has
          // at least the SDR heads it needs.
          for (const m of plan.roles[1]?.months ?? [])
            expect(new Decimal(m.heads).greaterThanOrEqualTo(m.requiredHeads)).toBe(true);
        }),
        { numRuns: 8 },
      ),
    120_000,
  );
});
