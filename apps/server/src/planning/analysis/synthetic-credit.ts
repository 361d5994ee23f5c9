import type { CalcPeriod, CreditLine } from "@attain/engine";

/**
 * The one credit a cost-of-sales estimate gives a payee per pay period: the expected amount of the scenario's measure
 * (bookings, ARR or margin — what its quotas are in), dated on the period's last day, credited directly. It has no
 * product or segment, so rate tables apply their catch-all row.
 */
export function syntheticCredit(
  payeeId: string,
  period: CalcPeriod,
  measure: string,
  expected: string,
): CreditLine {
  const id = `expected:${period.key}`;
  return {
    id,
    transactionId: id,
    payeeId,
    date: period.end,
    role: "direct",
    share: "1",
    measures: { [measure]: expected, units: "1" },
    attributes: { kind: "booking", dealType: "new_business" },
    reversalOf: null,
    path: [`planning: expected ${measure} of ${period.key} (quota × expected attainment)`],
  };
}
