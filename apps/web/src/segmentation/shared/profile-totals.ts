import type { SegmentProfile } from "../../api/segmentation-types";
import { sumDecimalStrings } from "../../comp/shared/decimal-sum";

/** The table's total line: accounts counted, revenue and potential summed exactly from the strings. */
export function profileTotals(profiles: readonly SegmentProfile[]): {
  accounts: number;
  revenue: string;
  potential: string;
} {
  return {
    accounts: profiles.reduce((n, p) => n + p.accounts, 0),
    revenue: sumDecimalStrings(profiles.map((p) => p.revenue)),
    potential: sumDecimalStrings(profiles.map((p) => p.potential)),
  };
}
