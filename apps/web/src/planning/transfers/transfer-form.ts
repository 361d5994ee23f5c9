import type { AppLocale } from "../../format/locale";
import { compareDecimalStrings } from "../../format/decimal-string";
import { parseAmountInput } from "../grid/parse-amount-input";
import { percentToFraction } from "../wizard/percent-text";
import type { QuotaTransfer } from "./quota-transfer";

/** What the "Move quota…" form holds: texts as typed, so a half-typed value is never lost or reformatted. */
export type TransferForm = {
  fromNodeId: string | null;
  toNodeId: string | null;
  effectiveMonth: string | null;
  by: "share" | "amount";
  /** A percentage ("25", "12,5" in French) when `by` is share, an annual amount when it is amount. */
  value: string;
  reason: string;
};

export type TransferField = "fromNodeId" | "toNodeId" | "effectiveMonth" | "value" | "reason";

/** An i18n key under planning.transfers.issues, per field. */
export type TransferIssues = Partial<Record<TransferField, string>>;

export const emptyTransferForm: TransferForm = {
  fromNodeId: null,
  toNodeId: null,
  effectiveMonth: null,
  by: "share",
  value: "",
  reason: "",
};

/** Percentages keep up to 4 places (a share of 6 places, finer than any quota needs). */
const percentPlaces = 4;

export type ShareInput = { ok: true; share: string } | { ok: false; issue: string };

/** "25" → "0.25", "12,5" (fr) → "0.125"; refused outside 0–100 or when not a number. Moves the point, no float. */
export function readSharePercent(text: string, locale: AppLocale): ShareInput {
  const parsed = parseAmountInput(text, locale, percentPlaces);
  if (!parsed.ok)
    return { ok: false, issue: parsed.reason === "empty" ? "shareRequired" : `share_${parsed.reason}` };
  if (compareDecimalStrings(parsed.amount, "100") > 0) return { ok: false, issue: "share_over_100" };
  return { ok: true, share: percentToFraction(parsed.amount) };
}

export type AmountInput = { ok: true; amount: string } | { ok: false; issue: string };

/** A fixed annual amount: ≥ 0, at most 2 decimals, as a decimal string ("1,500.5" (en) → "1500.5"). */
export function readTransferAmount(text: string, locale: AppLocale): AmountInput {
  const parsed = parseAmountInput(text, locale, 2);
  if (!parsed.ok)
    return { ok: false, issue: parsed.reason === "empty" ? "amountRequired" : `amount_${parsed.reason}` };
  return { ok: true, amount: parsed.amount };
}

/**
 * The transfer the form describes, or what is wrong with each field. `months` are the ones a transfer may start in
 * (the scenario's months after the first: from the first month on, nothing would be left to the giver before it).
 */
export function readTransferForm(
  form: TransferForm,
  context: { personNodeIds: ReadonlySet<string>; months: readonly string[]; locale: AppLocale },
): { transfer: QuotaTransfer | null; issues: TransferIssues } {
  const issues: TransferIssues = {};
  if (!form.fromNodeId || !context.personNodeIds.has(form.fromNodeId)) issues.fromNodeId = "fromRequired";
  if (!form.toNodeId || !context.personNodeIds.has(form.toNodeId)) issues.toNodeId = "toRequired";
  else if (form.toNodeId === form.fromNodeId) issues.toNodeId = "samePerson";
  if (!form.effectiveMonth || !context.months.includes(form.effectiveMonth))
    issues.effectiveMonth = "monthOutsideYear";
  const reason = form.reason.trim();
  if (reason === "") issues.reason = "reasonRequired";
  else if (reason.length > 500) issues.reason = "reasonTooLong";

  let moved: Pick<QuotaTransfer, "share" | "amount"> = {};
  if (form.by === "share") {
    const share = readSharePercent(form.value, context.locale);
    if (share.ok) moved = { share: share.share };
    else issues.value = share.issue;
  } else {
    const amount = readTransferAmount(form.value, context.locale);
    if (amount.ok) moved = { amount: amount.amount };
    else issues.value = amount.issue;
  }

  if (Object.keys(issues).length > 0 || !form.fromNodeId || !form.toNodeId || !form.effectiveMonth)
    return { transfer: null, issues };
  return {
    transfer: {
      fromNodeId: form.fromNodeId,
      toNodeId: form.toNodeId,
      effectiveMonth: form.effectiveMonth,
      ...moved,
      reason,
    },
    issues,
  };
}

/** The form's field a server path names: `assumptions.transfers.<index>.toNodeId` → toNodeId; share/amount → value. */
export function fieldOfServerPath(path: string, index: number): TransferField | "transfer" | null {
  const prefix = `assumptions.transfers.${index}`;
  if (path !== prefix && !path.startsWith(`${prefix}.`)) return null;
  const field = path.slice(prefix.length + 1).split(".")[0] ?? "";
  if (field === "share" || field === "amount") return "value";
  if (field === "fromNodeId" || field === "toNodeId" || field === "effectiveMonth" || field === "reason")
    return field;
  return "transfer";
}

/**
 * The server's problems about the transfer at `index`, per field (each field's messages joined), and those that name
 * the transfer as a whole or another part of the assumptions (shown above the buttons).
 */
export function splitServerErrors(
  errors: readonly { path: string; message: string }[],
  index: number,
): { fields: Partial<Record<TransferField, string>>; general: string[] } {
  const fields: Partial<Record<TransferField, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const field = fieldOfServerPath(error.path, index);
    if (field === null || field === "transfer") general.push(error.message);
    else fields[field] = fields[field] ? `${fields[field]} ${error.message}` : error.message;
  }
  return { fields, general };
}
