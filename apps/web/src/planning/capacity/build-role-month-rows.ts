import type { CapacityRoleReport } from "../../api/planning-types";
import { compareDecimalStrings } from "../../format/decimal-string";

/** A line of a role's headcount table: the API's figures for the month, the hires that start in it, whether it is short. */
export type RoleMonthRow = CapacityRoleReport["months"][number] & {
  starts: number;
  /** Capacity below target this month (gap above 0). */
  short: boolean;
};

/** A role's months as its headcount table shows them; the strings are the API's, formatted only when drawn. */
export function buildRoleMonthRows(role: Pick<CapacityRoleReport, "months" | "hires">): RoleMonthRow[] {
  return role.months.map((month) => ({
    ...month,
    starts: role.hires
      .filter((hire) => hire.startMonth === month.month)
      .reduce((n, hire) => n + hire.count, 0),
    short: compareDecimalStrings(month.gap, "0") > 0,
  }));
}
