import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../money/decimal";
import type { CapacityRole } from "../types";
import { heads, plan, role } from "./capacity-fixtures";
import { planCapacity } from "./plan-capacity";
import { MAX_HIRES_PER_ROLE } from "./plan-hires";

const share = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));
const arbRole: fc.Arbitrary<CapacityRole> = fc
  .record({
    productivity: fc.integer({ min: 1, max: 200_000 }).map(String),
    ramp: fc.array(share, { minLength: 1, maxLength: 5 }),
    attrition: fc.integer({ min: 0, max: 60 }).map((n) => (n / 100).toFixed(2)),
    hiringLeadMonths: fc.integer({ min: 0, max: 4 }),
    utilisation: fc.integer({ min: 1, max: 100 }).map((n) => (n / 100).toFixed(2)),
    tenures: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 6 }),
  })
  .map(({ ramp, tenures, ...rest }) =>
    role({ ...rest, ramp: { kind: "share", values: ramp }, current: tenures.flatMap((t) => heads(1, t)) }),
  );
const targets = fc.array(fc.integer({ min: 0, max: 500_000 }).map(String), { minLength: 1, maxLength: 8 });
const hires = (result: ReturnType<typeof planCapacity>) => result.hires.reduce((n, h) => n + h.count, 0);
const capacities = (result: ReturnType<typeof planCapacity>) => result.months.map((m) => new Dec(m.capacity));

describe("planCapacity properties", () => {
  it("capacity before hiring is monotone in heads and productivity; hires are never negative", () => {
    fc.assert(
      fc.property(
        arbRole,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        (r, months, tenure) => {
          // Target 0: no hires, so this compares the capacity of the heads alone.
          const base = planCapacity(plan(months, "0", [r]));
          const more = planCapacity(
            plan(months, "0", [{ ...r, current: [...r.current, ...heads(1, tenure)] }]),
          );
          const faster = planCapacity(
            plan(months, "0", [{ ...r, productivity: new Dec(r.productivity).plus(1).toFixed() }]),
          );
          capacities(base).forEach((c, t) => {
            expect(capacities(more)[t]?.gte(c)).toBe(true);
            expect(capacities(faster)[t]?.gte(c)).toBe(true);
          });
          expect(base.hires).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("more attrition never means fewer hires; every requisition has a positive count; a short year-end has no hires (or the cap)", () => {
    fc.assert(
      fc.property(arbRole, targets, fc.integer({ min: 0, max: 30 }), (r, target, extra) => {
        const input = plan(target.length, target, [r]);
        const base = planCapacity(input);
        const worse = planCapacity(
          plan(target.length, target, [
            { ...r, attrition: new Dec(r.attrition).plus(extra / 100).toFixed() },
          ]),
        );
        expect(hires(worse)).toBeGreaterThanOrEqual(hires(base));
        for (const hire of [...base.hires, ...worse.hires]) expect(hire.count).toBeGreaterThan(0);
        const last = base.months.length - 1;
        // Hires close the year-end whenever one can contribute, so a short year-end means no hire could help.
        const yearShort = base.shortfalls.some((s) => s.month === base.months[last]?.month);
        if (yearShort) expect([0, MAX_HIRES_PER_ROLE]).toContain(hires(base));
        for (const hire of base.hires)
          expect(hire.startMonth <= (base.months[last]?.month as string)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it("more productivity never means more hires", () => {
    fc.assert(
      fc.property(arbRole, targets, (r, target) => {
        const base = planCapacity(plan(target.length, target, [r]));
        const better = planCapacity(
          plan(target.length, target, [{ ...r, productivity: new Dec(r.productivity).times(2).toFixed() }]),
        );
        expect(hires(better)).toBeLessThanOrEqual(hires(base));
      }),
      { numRuns: 60 },
    );
  });
});
