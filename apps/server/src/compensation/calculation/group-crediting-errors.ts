import type { CreditingError, Transaction } from "@attain/engine";
import type { CalcProblem } from "./calc-db";

/**
 * Crediting errors as run problems, one per kind of error, currency and month (a missing rate hits every line of a
 * month alike), each counting its lines and naming the first; no line is left out of a count.
 */
export function groupCreditingErrors(
  errors: readonly CreditingError[],
  transactions: readonly Transaction[],
  planCurrency: string,
): CalcProblem[] {
  if (errors.length === 0) return [];
  const byId = new Map(transactions.map((t) => [t.id, t]));
  const groups = new Map<string, { problem: CalcProblem; count: number }>();
  for (const error of errors) {
    const tx = byId.get(error.transactionId);
    const missingRate = error.field === "currency";
    const key = missingRate
      ? `rate ${tx?.currency} ${tx?.date.slice(0, 7)}`
      : `${error.field} ${error.message}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      continue;
    }
    groups.set(key, {
      count: 1,
      problem: missingRate
        ? {
            code: "missing_rate",
            message: `No ${tx?.currency}→${planCurrency} exchange rate for ${tx?.date.slice(0, 7)}`,
            transactionId: error.transactionId,
          }
        : {
            code: "crediting_error",
            message: `${error.field}: ${error.message}`,
            transactionId: error.transactionId,
          },
    });
  }
  return [...groups.values()].map(({ problem, count }) => ({
    ...problem,
    message: `${problem.message} (${count} line${count === 1 ? "" : "s"} not credited; first ${problem.transactionId}).`,
  }));
}
