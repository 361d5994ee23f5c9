import { Decimal } from "decimal.js";
import {
  type CapacityInput,
  type CapacityPlan,
  type CapacityRole,
  type CapacityRolePlan,
  planCapacity,
  type Requisition,
  type SensitivityRow,
} from "@attain/engine";
import { COVERAGE_PLACES, type RoleCapacity, renamedIssues } from "./plan-role-capacity";
import { standardVariations } from "./standard-variations";
import { varyCapacityRole } from "./vary-capacity-role";

/**
 * A coverage role's plan (docs/calculations/capacity-planning.md, "Coverage roles"). Heads are staffed month by
 * month, not on the cumulative rule the engine uses for bookings: a month short of SDRs is not made up by spare
 * SDRs later. For each month in order, when the role's expected heads are below the heads needed (covered heads ÷
 * (ratio × utilisation), the engine's `requiredHeads`), the missing heads rounded up are hired, starting early
 * enough to be fully ramped that month, or as early as the lead time allows. The engine then gives the heads,
 * ramped heads and heads covered of that plan (it hires nothing itself: requisitions open after the plan).
 * `labels` name the standard variations, in order.
 */
export function planCoverageCapacity(
  input: CapacityInput,
  index: number,
  labels: readonly string[],
): RoleCapacity {
  try {
    const base = staffByMonth(input);
    const baseHires = countHires(base.plan.hires);
    const sensitivity = standardVariations.map((variation, i): SensitivityRow => {
      const role = input.roles[0] as CapacityRole;
      const varied = staffByMonth({ ...input, roles: [varyCapacityRole(role, variation)] });
      const hires = countHires(varied.plan.hires);
      return {
        variation,
        label: labels[i] ?? variation.kind,
        totalCapacity: varied.plan.totalCapacity,
        capacityDelta: new Decimal(varied.plan.totalCapacity)
          .minus(base.plan.totalCapacity)
          .toFixed(COVERAGE_PLACES),
        hires,
        hiresDelta: hires - baseHires,
        shortfallMonths: varied.plan.shortfalls?.length ?? 0,
      };
    });
    return { ...base, sensitivity };
  } catch (error) {
    throw renamedIssues(error, index);
  }
}

function staffByMonth(input: CapacityInput): { whole: CapacityPlan; plan: CapacityRolePlan } {
  const role = input.roles[0] as CapacityRole;
  const last = input.months.at(-1) ?? input.firstOpenMonth;
  const earliestStart = addMonths(input.firstOpenMonth, role.hiringLeadMonths);
  const rampedAfter = monthsToFullRamp(role.ramp.values);
  const starts = new Map<string, number>();
  const reasons = new Map<string, string>();
  // Requisitions open after the plan: the engine plans the heads given and hires nothing.
  const run = () =>
    planCapacity({
      ...input,
      firstOpenMonth: addMonths(last, 1),
      roles: [
        {
          ...role,
          openRequisitions: [
            ...role.openRequisitions,
            ...[...starts].flatMap(([startMonth, count]) =>
              Array.from({ length: count }, () => ({ startMonth })),
            ),
          ],
        },
      ],
    });
  let whole = run();
  input.months.forEach((month, t) => {
    const headsAt = () => whole.roles[0]?.months[t];
    const before = headsAt();
    if (before === undefined || !new Decimal(before.requiredHeads).greaterThan(before.heads)) return;
    const ideal = addMonths(month, -rampedAfter);
    const start = ideal > earliestStart ? ideal : earliestStart;
    if (start > month) return; // the lead time reaches past this month: a later month hires
    // A hire that starts before this month may leave (attrition) before it: add hires until the month has its
    // heads, each round sized by what one hire still brings to the month.
    let added = 0;
    for (let row = before; new Decimal(row.requiredHeads).greaterThan(row.heads); row = headsAt() ?? row) {
      const missing = new Decimal(row.requiredHeads).minus(row.heads);
      const perHire = added === 0 ? new Decimal(1) : new Decimal(row.heads).minus(before.heads).div(added);
      const more = Math.max(1, missing.div(perHire).ceil().toNumber());
      added += more;
      starts.set(start, (starts.get(start) ?? 0) + more);
      whole = run();
    }
    reasons.set(
      start,
      `${starts.get(start)} hire(s) so that ${role.role} heads reach the heads needed by ${month} (${before.requiredHeads} = ${before.target} covered ÷ (${role.productivity} × ${role.utilisation})); ${start === ideal ? "started to be fully ramped by then" : "started as early as the lead time allows"}`,
    );
  });
  const rolePlan = whole.roles[0] as CapacityRolePlan;
  const hires: Requisition[] = [...starts]
    .map(([startMonth, count]) => ({
      role: role.role,
      openMonth: addMonths(startMonth, -role.hiringLeadMonths),
      startMonth,
      count,
      reason: reasons.get(startMonth) ?? "",
    }))
    .sort((a, b) => a.openMonth.localeCompare(b.openMonth));
  const shortfalls = rolePlan.months
    .filter((m) => new Decimal(m.gap).greaterThan(0))
    .map((m) => ({ month: m.month, gap: m.gap }));
  const plan = { ...rolePlan, hires, shortfalls };
  return { whole: { ...whole, roles: [plan], hires, shortfalls, trace: hires.map((h) => h.reason) }, plan };
}

/** Tenure months after the start month until the ramp's last share (which applies from then on) is reached. */
function monthsToFullRamp(values: readonly string[]): number {
  const full = values.at(-1);
  const first = values.findIndex((value) => full !== undefined && new Decimal(value).equals(full));
  return Math.max(0, first);
}

const countHires = (hires: readonly Requisition[]) => hires.reduce((n, hire) => n + hire.count, 0);

function addMonths(month: string, n: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
