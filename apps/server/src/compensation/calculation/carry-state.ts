import type { PayeePeriodResult } from "@attain/engine";

/** What a stored result carries into later periods of the plan year (comp_results.carry). */
export type CarryState = {
  earnedByComponent: Record<string, string>;
  earnedByTransaction: Record<string, string>;
  next: PayeePeriodResult["next"];
};

export function carryStateOf(result: PayeePeriodResult): CarryState {
  return {
    earnedByComponent: result.earnedByComponent,
    earnedByTransaction: result.earnedByTransaction,
    next: result.next,
  };
}
