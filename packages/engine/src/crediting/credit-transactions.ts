import { isValidDate } from "../calendar/dates";
import type { CreditLine } from "../comp/calculation";
import { currencyMinorUnits } from "../money/currency-minor-units";
import { collectCandidates } from "./collect-candidates";
import { createChainLookup } from "./create-chain-lookup";
import { createRateLookup } from "./create-rate-lookup";
import { indexCreditingRules } from "./index-crediting-rules";
import { ownCredits } from "./own-credits";
import { prepareMeasures } from "./prepare-measures";
import { resolveDuplicates } from "./resolve-duplicates";
import { scaleMeasures } from "./scale-measures";
import type { CreditingInput, CreditingResult, Transaction } from "./types";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Credits transactions to people (docs/calculations/crediting.md): the transaction's own owner/splits/overlays,
 * territory, named relationships, team and rollup rules, converted to the plan currency, one credit per person
 * and transaction (duplicates resolved by policy and reported), credits to people without a plan set aside as
 * unassigned, and bad transactions reported as errors. Transactions are taken in id order and each one's credits
 * in payee then role order, so the output does not depend on the order of the input. Linear in transactions.
 */
export function creditTransactions(input: CreditingInput): CreditingResult {
  currencyMinorUnits(input.planCurrency);
  const index = indexCreditingRules(input.rules);
  const rateOf = createRateLookup(input.exchangeRates, input.planCurrency);
  const chainOf = createChainLookup(input.reportingLines);
  const quantities = new Set(input.quantityMeasures ?? ["units"]);
  const mode = input.conversionRounding ?? "half_up";
  const result: CreditingResult = { credits: [], duplicates: [], unassigned: [], errors: [] };
  const ordered = isSortedById(input.transactions)
    ? input.transactions
    : [...input.transactions].sort((a, b) => byText(a.id, b.id));
  // One string per distinct date, shared by every credit of that date (fewer strings, faster comparisons).
  const dates = new Map<string, string>();
  for (let i = 0; i < ordered.length; i++) {
    const tx = ordered[i] as Transaction;
    // In id order a repeated id is adjacent, so no set of a million ids is needed to find it.
    if (ordered[i - 1]?.id === tx.id || ordered[i + 1]?.id === tx.id) {
      const message = `transaction id ${tx.id} appears more than once; none of them is credited`;
      result.errors.push({ transactionId: tx.id, field: "id", message });
      continue;
    }
    if (!isValidDate(tx.date)) {
      const message = `credit date must be YYYY-MM-DD, got ${JSON.stringify(tx.date)}`;
      result.errors.push({ transactionId: tx.id, field: "date", message });
      continue;
    }
    let date = dates.get(tx.date);
    if (date === undefined) {
      date = tx.date;
      dates.set(date, date);
    }
    const prepared = prepareMeasures(tx, input.planCurrency, rateOf, quantities, mode);
    if ("error" in prepared) {
      result.errors.push(prepared.error);
      continue;
    }
    const own = input.rules.owner ? ownCredits(tx) : { candidates: [], error: null, unassigned: null };
    if (own.error) {
      result.errors.push(own.error);
      continue;
    }
    if (own.unassigned) result.unassigned.push(own.unassigned);
    const candidates = collectCandidates(tx, own.candidates, index, chainOf);
    const { kept, duplicates } = resolveDuplicates(tx.id, candidates, input.rules.duplicatePolicy);
    result.duplicates.push(...duplicates.sort((a, b) => byText(a.payeeId, b.payeeId)));
    kept.sort((a, b) => byText(a.payeeId, b.payeeId) || byText(a.role, b.role));
    // Credits of one transaction with the same share have the same measures: one frozen object for all of them.
    const byShare = new Map<string, Record<string, string>>();
    for (const c of kept) {
      if (input.payeesWithPlan && !input.payeesWithPlan.has(c.payeeId)) {
        const reason = `${c.payeeId} has no plan (${c.role} credit via ${c.path.join(" › ")})`;
        result.unassigned.push({ transactionId: tx.id, payeeId: c.payeeId, reason });
        continue;
      }
      let measures = byShare.get(c.shareText);
      if (!measures) {
        measures = Object.freeze(scaleMeasures(prepared.measures, c.share, c.shareText));
        byShare.set(c.shareText, measures);
      }
      result.credits.push(creditLine(tx, date, c.payeeId, c.role, c.shareText, measures, c.path));
    }
    if (candidates.length === 0 && !own.unassigned) {
      result.unassigned.push({ transactionId: tx.id, payeeId: null, reason: "no crediting rule applies" });
    }
  }
  return result;
}

// Imports and queries usually hand transactions over in id order already; then no copy or sort is needed.
function isSortedById(transactions: readonly Transaction[]): boolean {
  for (let i = 1; i < transactions.length; i++) {
    if ((transactions[i - 1]?.id ?? "") > (transactions[i]?.id ?? "")) return false;
  }
  return true;
}

function creditLine(
  tx: Transaction,
  date: string,
  payeeId: string,
  role: CreditLine["role"],
  share: string,
  measures: Record<string, string>,
  path: string[],
): CreditLine {
  const id = `${tx.id}:${payeeId}:${role}`;
  // Reading a character makes V8 flatten the joined text now, while it is young, rather than at its first
  // comparison or hash in the calculation (the credit id is compared when ordering credits and keyed on).
  id.charCodeAt(0);
  return {
    id,
    transactionId: tx.id,
    payeeId,
    date,
    role,
    share,
    measures,
    attributes: tx.attributes,
    reversalOf: tx.reversalOf,
    path,
  };
}
