import { currencyMinorUnits } from "../money/currency-minor-units";
import { Dec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import { attainmentOfDec } from "./attainment-ratio";
import { readAmount, readLines, readMonth, readPeople, readPeriod } from "./read-input";
import type { RevenueMonth, RevenueRep, RevenueVsTarget, RevenueVsTargetInput } from "./types";

/**
 * Revenue vs target: monthly bookings against target, attainment by rep, totals and the attainment distribution,
 * with a trace of the input rows behind every figure. Rules (docs/calculations/revenue-vs-target.md):
 *
 * 1. Only rows whose month is in the period count; the others are listed in `trace.outsidePeriod`.
 * 2. Sums are exact; amounts are rounded to the currency's minor unit (`rounding`, default half_up) only at output.
 * 3. A month's target is its company-level target (rows with personId null) when there is one, else the sum of
 *    the personal targets; the total target is the sum of the month targets. A company target replaces the reps'
 *    targets for that month; it is never added to them.
 * 4. A rep is a person in `people`, with the sum of their own rows. Bookings of nobody (personId null) or of
 *    someone not in `people` count in months and totals but in no rep. A person appears when their bookings,
 *    target or line count is non-zero.
 * 5. Attainment = bookings / target from the exact sums, 4 places half_even; null when the target is 0.
 * 6. Reps are sorted by attainment (as shown, rounded) descending, no attainment last, then by name, then id —
 *    compared by code unit, so every machine gives the same order.
 * 7. The distribution counts reps with a target above 0; "at or above 70%" means bookings ≥ 0.7 × target exactly.
 */
export function buildRevenueVsTarget(input: RevenueVsTargetInput): RevenueVsTarget {
  const places = currencyMinorUnits(input.currency);
  const mode = input.rounding ?? "half_up";
  const money = (value: Dec) => roundDec(value, places, mode);
  const period = readPeriod(input.months);
  const people = readPeople(input.people);

  const months = new Map(period.map((month) => [month, newMonth()]));
  const reps = new Map<string, RepSums>();
  const repOf = (personId: string | null) => {
    if (personId === null || !people.has(personId)) return null;
    const sums = reps.get(personId) ?? newRep();
    reps.set(personId, sums);
    return sums;
  };
  const trace: RevenueVsTarget["trace"] = {
    months: [],
    reps: [],
    totals: { bookingRows: [], targetRows: [] },
    unassignedBookingRows: [],
    unassignedTargetRows: [],
    distribution: { counted: [], atOrAbove70: [], atOrAbove100: [] },
    outsidePeriod: { bookingRows: [], targetRows: [] },
  };

  for (const [i, row] of input.bookings.entries()) {
    const amount = readAmount(row.amount, `bookings[${i}].amount`);
    const lines = readLines(row.lines, `bookings[${i}].lines`);
    const month = months.get(readMonth(row.month, `bookings[${i}].month`));
    if (!month) {
      trace.outsidePeriod.bookingRows.push(i);
      continue;
    }
    month.bookings = month.bookings.plus(amount);
    month.lines += lines;
    month.bookingRows.push(i);
    const rep = repOf(row.personId);
    if (!rep) {
      trace.unassignedBookingRows.push(i);
      continue;
    }
    rep.bookings = rep.bookings.plus(amount);
    rep.lines += lines;
    rep.bookingRows.push(i);
  }

  for (const [i, row] of input.targets.entries()) {
    const amount = readAmount(row.amount, `targets[${i}].amount`);
    const month = months.get(readMonth(row.month, `targets[${i}].month`));
    if (!month) {
      trace.outsidePeriod.targetRows.push(i);
      continue;
    }
    if (row.personId === null) {
      month.companyTarget = month.companyTarget.plus(amount);
      month.companyRows.push(i);
      continue;
    }
    month.repTarget = month.repTarget.plus(amount);
    month.repRows.push(i);
    const rep = repOf(row.personId);
    if (!rep) {
      trace.unassignedTargetRows.push(i);
      continue;
    }
    rep.target = rep.target.plus(amount);
    rep.targetRows.push(i);
  }

  let cumulativeBookings = new Dec(0);
  let cumulativeTarget = new Dec(0);
  let totalLines = 0;
  const monthRows: RevenueMonth[] = period.map((month) => {
    const sums = months.get(month)!;
    const company = sums.companyRows.length > 0;
    const target = company ? sums.companyTarget : sums.repTarget;
    const targetRows = company ? sums.companyRows : sums.repRows;
    cumulativeBookings = cumulativeBookings.plus(sums.bookings);
    cumulativeTarget = cumulativeTarget.plus(target);
    totalLines += sums.lines;
    const targetSource = company ? "company" : targetRows.length > 0 ? "reps" : "none";
    trace.months.push({ month, bookingRows: sums.bookingRows, targetRows, targetSource });
    trace.totals.bookingRows.push(...sums.bookingRows);
    trace.totals.targetRows.push(...targetRows);
    return {
      month,
      bookings: money(sums.bookings),
      target: money(target),
      attainment: attainmentOfDec(sums.bookings, target),
      cumulativeBookings: money(cumulativeBookings),
      cumulativeTarget: money(cumulativeTarget),
      lines: sums.lines,
    };
  });

  const repRows: RevenueRep[] = [];
  const ten = new Dec(10);
  for (const [personId, sums] of reps) {
    if (sums.bookings.isZero() && sums.target.isZero() && sums.lines === 0) continue;
    const person = people.get(personId)!;
    repRows.push({
      personId,
      name: person.name,
      jobRole: person.jobRole,
      bookings: money(sums.bookings),
      target: money(sums.target),
      attainment: attainmentOfDec(sums.bookings, sums.target),
      lines: sums.lines,
    });
    if (sums.target.gt(0)) {
      trace.distribution.counted.push(personId);
      if (sums.bookings.times(ten).gte(sums.target.times(7))) trace.distribution.atOrAbove70.push(personId);
      if (sums.bookings.gte(sums.target)) trace.distribution.atOrAbove100.push(personId);
    }
  }
  repRows.sort(compareReps);
  for (const rep of repRows) {
    const sums = reps.get(rep.personId)!;
    trace.reps.push({ personId: rep.personId, bookingRows: sums.bookingRows, targetRows: sums.targetRows });
  }

  const counted = trace.distribution.counted.length;
  const atOrAbove70 = trace.distribution.atOrAbove70.length;
  return {
    currency: input.currency,
    months: monthRows,
    reps: repRows,
    totals: {
      bookings: money(cumulativeBookings),
      target: money(cumulativeTarget),
      attainment: attainmentOfDec(cumulativeBookings, cumulativeTarget),
      lines: totalLines,
    },
    distribution: {
      reps: counted,
      atOrAbove100: trace.distribution.atOrAbove100.length,
      atOrAbove70,
      share70: attainmentOfDec(new Dec(atOrAbove70), new Dec(counted)),
    },
    trace,
  };
}

type MonthSums = {
  bookings: Dec;
  lines: number;
  bookingRows: number[];
  companyTarget: Dec;
  companyRows: number[];
  repTarget: Dec;
  repRows: number[];
};

type RepSums = { bookings: Dec; target: Dec; lines: number; bookingRows: number[]; targetRows: number[] };

function newMonth(): MonthSums {
  const zero = new Dec(0);
  return {
    bookings: zero,
    lines: 0,
    bookingRows: [],
    companyTarget: zero,
    companyRows: [],
    repTarget: zero,
    repRows: [],
  };
}

function newRep(): RepSums {
  return { bookings: new Dec(0), target: new Dec(0), lines: 0, bookingRows: [], targetRows: [] };
}

// Attainment strings all have 4 places, so comparing them as decimals is exact; null sorts last.
function compareReps(a: RevenueRep, b: RevenueRep): number {
  if (a.attainment !== b.attainment) {
    if (a.attainment === null) return 1;
    if (b.attainment === null) return -1;
    const byAttainment = new Dec(b.attainment).comparedTo(a.attainment);
    if (byAttainment !== 0) return byAttainment;
  }
  return codeUnitOrder(a.name, b.name) || codeUnitOrder(a.personId, b.personId);
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
