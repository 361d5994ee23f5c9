import { compareAmounts, divideAmount, multiplyAmount, sumAmounts } from "@attain/engine";
import type { PlanningMeasure } from "../schemas";
import type { MonthlyActual } from "./load-monthly-actuals";

/** Converts an amount of bookings (an open deal) into the planned measure for a person. */
export type ToMeasure = (personId: string, bookings: string) => string;

/**
 * Open opportunities carry only an amount, so a pipeline of margin or ARR is the amount × the person's historical
 * ratio of the measure to bookings over `actuals` (the history window: the last fiscal year), or the company's ratio
 * (every line, owner or not) when the person booked nothing there, or 0 when the company did not either — a deal of
 * someone who never sold is assumed to look like the company's business. The product is rounded half up to the cent.
 * Bookings are their own measure: the amount as it is.
 */
export function measureRatios(measure: PlanningMeasure, actuals: readonly MonthlyActual[]): ToMeasure {
  if (measure === "bookings") return (_personId, bookings) => bookings;
  const totals = new Map<string, { amount: string[]; bookings: string[] }>();
  const company = { amount: [] as string[], bookings: [] as string[] };
  for (const row of actuals) {
    company.amount.push(row.amount);
    company.bookings.push(row.bookings);
    if (row.personId === null) continue;
    const person = totals.get(row.personId) ?? { amount: [], bookings: [] };
    person.amount.push(row.amount);
    person.bookings.push(row.bookings);
    totals.set(row.personId, person);
  }
  const ratioOf = (sums: { amount: string[]; bookings: string[] }) => {
    const bookings = sumAmounts(sums.bookings);
    return compareAmounts(bookings, "0") > 0 ? { measure: sumAmounts(sums.amount), bookings } : null;
  };
  const companyRatio = ratioOf(company);
  const personRatio = new Map([...totals].map(([personId, sums]) => [personId, ratioOf(sums)]));
  return (personId, bookings) => {
    const ratio = personRatio.get(personId) ?? companyRatio;
    if (ratio === null) return "0.00";
    // Multiply before dividing so the only rounding is the final one.
    return divideAmount(multiplyAmount(bookings, ratio.measure), ratio.bookings, 2, "half_up");
  };
}
