import { type CalcPeriod, compareAmounts, daysBetween, lastDayOfMonth, monthsInRange } from "@attain/engine";
import type { QuotaPerson } from "./load-quota-people";
import type { QuotaPolicy } from "./load-quota-policy";

/**
 * Why a period's quota differs from the stored one, in one line for the run's problems:
 * "Ana Seller: 2026-Q1 quota 30,000.00 EUR prorated to 20,000.00 EUR (hired 2026-02-01; active days 2026-01 0/31,
 * 2026-02 28/28, 2026-03 31/31)". The figures are the engine's; this only names the dates and shares behind them.
 */
export function explainQuotaAdjustment(p: {
  person: QuotaPerson;
  policy: QuotaPolicy;
  ramp: string[] | null;
  period: CalcPeriod;
  full: string;
  adjusted: string;
  currency: string;
}): string {
  const { person, period } = p;
  const months = monthsInRange(period.start.slice(0, 7), period.end.slice(0, 7));
  const reasons: string[] = [];
  const prorated =
    p.policy.proration !== "none" &&
    ((person.hireDate !== null && person.hireDate > period.start) ||
      (person.leaveDate !== null && person.leaveDate < period.end));
  if (prorated) {
    if (person.hireDate !== null && person.hireDate > period.start) reasons.push(`hired ${person.hireDate}`);
    if (person.leaveDate !== null && person.leaveDate < period.end) reasons.push(`left ${person.leaveDate}`);
    const active = months.map((m) => ({ month: m, ...activeDays(person, m) }));
    reasons.push(
      p.policy.proration === "days"
        ? `active days ${active.map((a) => `${a.month} ${a.active}/${a.days}`).join(", ")}`
        : `active months ${active.filter((a) => a.active > 0).length} of ${months.length} (a month counts when active on any day of it)`,
    );
  }
  const ramped =
    p.ramp === null ? [] : months.map((m) => rampOf(p.ramp ?? [], person, m)).filter((r) => r !== null);
  if (ramped.length > 0) reasons.push(`ramp ${ramped.join(", ")}`);
  const verb = [prorated ? "prorated" : null, ramped.length > 0 ? "ramped" : null]
    .filter(Boolean)
    .join(" and ");
  return `${person.name}: ${period.key} quota ${grouped(p.full)} ${p.currency} ${verb || "adjusted"} to ${grouped(p.adjusted)} ${p.currency} (${reasons.join("; ")})`;
}

function activeDays(person: QuotaPerson, month: string): { active: number; days: number } {
  const start = `${month}-01`;
  const end = lastDayOfMonth(month);
  const from = person.hireDate !== null && person.hireDate > start ? person.hireDate : start;
  const to = person.leaveDate !== null && person.leaveDate < end ? person.leaveDate : end;
  return { active: from > to ? 0 : daysBetween(from, to) + 1, days: daysBetween(start, end) + 1 };
}

/** "2026-02 0.25 (tenure month 1)" when the month's ramp share is not 1, else null. */
function rampOf(ramp: string[], person: QuotaPerson, month: string): string | null {
  if (person.hireDate === null) return null;
  const [hy, hm] = person.hireDate.split("-").map(Number);
  const [y, m] = month.split("-").map(Number);
  const tenure = ((y ?? 0) - (hy ?? 0)) * 12 + ((m ?? 0) - (hm ?? 0)) + 1;
  const share = ramp[Math.min(Math.max(tenure, 1), ramp.length) - 1] ?? "1";
  if (compareAmounts(share, "1") === 0) return null;
  return tenure >= 1 ? `${month} ${share} (tenure month ${tenure})` : `${month} ${share} (before the hire)`;
}

/** Thousands separators for display in the message only: "-30000.00" → "-30,000.00". */
function grouped(amount: string): string {
  const [whole = "", fraction] = amount.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${withCommas}${fraction === undefined ? "" : `.${fraction}`}`;
}
