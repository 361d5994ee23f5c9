import { type CalledCategory, fromCents, toCents } from "@attain/engine";
import { ApiError, type FieldProblem } from "../http/problem";

const CALLED: readonly string[] = ["commit", "best_case", "pipeline", "omitted"];
// Calls are in the reporting currency, so to the cent; 18 digits before the point is numeric's practical limit here.
const path = (category: string) => `calls.${category}`;
const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;

/** The calls of a submission, each a non-negative decimal with at most 2 decimals; 422 naming each bad one. */
export function checkForecastCalls(calls: Record<string, unknown>): [CalledCategory, string][] {
  const problems: FieldProblem[] = [];
  const entries = Object.entries(calls);
  if (entries.length === 0) problems.push({ path: "calls", message: "Give at least one category's amount" });
  for (const [category, amount] of entries) {
    const path = `calls.${category}`;
    if (!CALLED.includes(category)) {
      problems.push({
        path,
        message:
          category === "closed"
            ? "Closed is computed from won deals; it cannot be called"
            : "Not a forecast category (commit, best_case, pipeline, omitted)",
      });
    } else if (typeof amount !== "string" || !/^-?\d+(\.\d+)?$/.test(amount)) {
      problems.push({ path, message: 'Expected a decimal number as a string, e.g. "125000.00"' });
    } else if (amount.startsWith("-")) {
      problems.push({ path, message: "A forecast cannot be negative" });
    } else if (!AMOUNT.test(amount)) {
      problems.push({
        path,
        message: "At most 18 digits before the point and 2 after (the currency's cents)",
      });
    }
  }
  if (problems.length > 0)
    throw new ApiError(422, "Invalid forecast", "Nothing was saved; see `errors`.", problems);
  // Written with two decimals, as every other amount of the reporting currency.
  return entries.map(([category, amount]) => [
    category as CalledCategory,
    fromCents(toCents(amount as string, path(category))),
  ]);
}
