import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditFilter } from "./plan";

/**
 * Indices (into ctx.credits, from `fromIndex`) of the credits a component counts: roles, attributes, dates and
 * minimum amount (compared on the absolute measure, so a reversal follows its original). With a clawback policy,
 * reversals are left to the clawback stage so a cancelled deal is not taken back twice — except the reversals of
 * the transactions in `keepReversalsOf` (a true-up recomputing its window with them).
 */
export function selectCredits(
  ctx: PayeeContext,
  measure: string,
  filter: CreditFilter | undefined,
  fromIndex: number,
  keepReversalsOf?: ReadonlySet<string>,
): number[] {
  const values = ctx.measure(measure);
  const minimum: Dec | null = filter?.minimumAmount === undefined ? null : toDec(filter.minimumAmount);
  const attributes = filter?.attributes ? Object.entries(filter.attributes) : [];
  const roles = filter?.roles && filter.roles.length > 0 ? filter.roles : null;
  const skipReversals = ctx.plan.clawback !== null;
  const selected: number[] = [];
  for (let i = fromIndex; i < ctx.credits.length; i++) {
    const credit = ctx.credits[i];
    if (credit === undefined || !(measure in credit.measures)) continue;
    if (skipReversals && credit.reversalOf !== null && keepReversalsOf?.has(credit.reversalOf) !== true)
      continue;
    if (roles && !roles.includes(credit.role)) continue;
    if (filter?.from !== undefined && credit.date < filter.from) continue;
    if (filter?.to !== undefined && credit.date > filter.to) continue;
    if (minimum !== null && (values[i] as Dec).abs().lt(minimum)) continue;
    let ok = true;
    for (const [key, allowed] of attributes) {
      const value = credit.attributes[key];
      if (value === undefined || !allowed.includes(value)) {
        ok = false;
        break;
      }
    }
    if (ok) selected.push(i);
  }
  return selected;
}
