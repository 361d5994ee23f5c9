import { daysBetween } from "../calendar/dates";
import { parseMonth } from "../calendar/civil-date";
import { Dec, toDec } from "../money/decimal";
import type { FiscalMonth } from "./fiscal-months";
import { type Fraction, fraction } from "./fraction";
import type { QuotaInput } from "./types";

/**
 * Share of a month's quota the person is active for. months: 1 when active on any day of it, else 0;
 * days: active days ÷ days in the month (hire and leave dates inclusive); none: always 1.
 */
export function activeShare(m: FiscalMonth, input: QuotaInput): { share: Fraction; text: string } {
  if (input.proration === "none") return { share: fraction(new Dec(1)), text: "1" };
  const from = input.hireDate !== null && input.hireDate > m.start ? input.hireDate : m.start;
  const to = input.leaveDate !== null && input.leaveDate < m.end ? input.leaveDate : m.end;
  if (from > to) return { share: fraction(new Dec(0)), text: "0 (not active)" };
  if (input.proration === "months") return { share: fraction(new Dec(1)), text: "1" };
  const active = daysBetween(from, to) + 1;
  const days = daysBetween(m.start, m.end) + 1;
  return active === days
    ? { share: fraction(new Dec(1)), text: "1" }
    : { share: fraction(new Dec(active), days), text: `${active}/${days} days` };
}

/**
 * The ramp share for a month: the hire month is tenure month 1, so a schedule [0, 0.25, …] gives 0 in the hire
 * month; months past the schedule use its last share, months before the hire its first. No hire date or no
 * schedule: 1.
 */
export function rampShare(m: FiscalMonth, input: QuotaInput): string {
  if (input.ramp === null || input.ramp.length === 0 || input.hireDate === null) return "1";
  const at = parseMonth(m.month);
  const hired = parseMonth(input.hireDate.slice(0, 7));
  const tenure = (at.year - hired.year) * 12 + (at.month - hired.month) + 1;
  const i = Math.min(Math.max(tenure, 1), input.ramp.length) - 1;
  return input.ramp[i] ?? "1";
}

export function rampFraction(share: string): Fraction {
  return fraction(toDec(share));
}
