import { ratioText } from "../targets/scaled-units";

/** A node's share of what its parent's children carry, 6 places half even; "0" share of a 0 total. */
export function shareOf(annual: bigint, parentChildrenTotal: bigint | null): string {
  if (parentChildrenTotal === null || parentChildrenTotal <= 0n) return "0.000000";
  return ratioText(annual, parentChildrenTotal, 6);
}
