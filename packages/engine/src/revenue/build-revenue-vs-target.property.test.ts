import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAmounts } from "../money/compare-amounts";
import { roundAmount } from "../money/round-amount";
import { sumAmounts } from "../money/sum-amounts";
import { decimalString } from "../test-support/arbitraries";
import { buildRevenueVsTarget } from "./build-revenue-vs-target";

const people = ["a", "b", "c"].map((id) => ({ id, name: `Rep ${id}`, jobRole: "ae" }));
const personIds = [null, "a", "b", "c", "unknown"];
const months = ["2024-01", "2024-02", "2024-03", "2024-04"]; // 2024-04 lies outside the period
const period = months.slice(0, 3);
const cents = fc.bigInt({ min: -100_000_00n, max: 1_000_000_00n }).map((c) => decimalString(c, 2));

const arbInput = fc.record({
  bookings: fc.array(
    fc.record({
      personId: fc.constantFrom(...personIds),
      month: fc.constantFrom(...months),
      amount: cents,
      lines: fc.nat(5),
    }),
    { maxLength: 25 },
  ),
  targets: fc.array(
    fc.record({ personId: fc.constantFrom(...personIds), month: fc.constantFrom(...months), amount: cents }),
    { maxLength: 15 },
  ),
});

describe("revenue vs target invariants (amounts in cents, so output rounding is exact)", () => {
  it("months, reps and unassigned rows add up to the totals; every in-period row is traced once", () => {
    fc.assert(
      fc.property(arbInput, ({ bookings, targets }) => {
        const report = buildRevenueVsTarget({ months: period, currency: "EUR", people, bookings, targets });
        const inPeriod = bookings.filter((b) => period.includes(b.month));
        expect(report.totals.bookings).toBe(
          roundAmount(sumAmounts(inPeriod.map((b) => b.amount)), "EUR", "half_up"),
        );
        expect(sumAmounts(report.months.map((m) => m.bookings))).toBe(report.totals.bookings);
        expect(sumAmounts(report.months.map((m) => m.target))).toBe(report.totals.target);
        expect(report.months.at(-1)?.cumulativeBookings).toBe(report.totals.bookings);
        expect(report.months.at(-1)?.cumulativeTarget).toBe(report.totals.target);

        const unassigned = report.trace.unassignedBookingRows.map((i) => bookings[i]!.amount);
        const repsPlusUnassigned = sumAmounts(["0.00", ...report.reps.map((r) => r.bookings), ...unassigned]);
        expect(repsPlusUnassigned).toBe(report.totals.bookings);

        const monthRows = report.trace.months.flatMap((m) => m.bookingRows).sort((x, y) => x - y);
        const repRows = [
          ...report.trace.reps.flatMap((r) => r.bookingRows),
          ...report.trace.unassignedBookingRows,
        ];
        const expected = bookings.flatMap((b, i) => (period.includes(b.month) ? [i] : []));
        expect(monthRows).toEqual(expected);
        // Rows of omitted reps (all zero) are in no rep trace, so compare as a subset without duplicates.
        expect(new Set(repRows).size).toBe(repRows.length);
        for (const i of repRows) expect(expected).toContain(i);
        expect(report.trace.outsidePeriod.bookingRows.length + expected.length).toBe(bookings.length);
      }),
    );
  });

  it("reps are sorted by attainment, no attainment last; the distribution is nested", () => {
    fc.assert(
      fc.property(arbInput, ({ bookings, targets }) => {
        const report = buildRevenueVsTarget({ months: period, currency: "EUR", people, bookings, targets });
        for (let i = 1; i < report.reps.length; i++) {
          const [prev, next] = [report.reps[i - 1]!.attainment, report.reps[i]!.attainment];
          if (prev === null) expect(next).toBeNull();
          else if (next !== null) expect(compareAmounts(prev, next)).toBeGreaterThanOrEqual(0);
        }
        const d = report.distribution;
        expect(d.atOrAbove100).toBeLessThanOrEqual(d.atOrAbove70);
        expect(d.atOrAbove70).toBeLessThanOrEqual(d.reps);
      }),
    );
  });
});
