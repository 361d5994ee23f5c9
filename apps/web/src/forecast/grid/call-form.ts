import type { CallCategory, ForecastMotion, SubmissionBody } from "../../api/forecast-types";
import type { AppLocale } from "../../format/locale";
import { callCategories } from "./grid-columns";

/** What the person typed, per category (empty = not called this time). */
export type CallInputs = Record<CallCategory, string>;

export type CallFormError = {
  field: CallCategory | "calls" | "note";
  reason: "invalid" | "negative" | "empty" | "required";
};

export const emptyCallInputs: CallInputs = { commit: "", best_case: "", pipeline: "", omitted: "" };

const amountPattern = /^\d+(\.\d{1,2})?$/;

/**
 * A typed amount as a decimal string, or null when it is not one. Spaces (and the no-break spaces Intl uses) are
 * thousands separators; in French the comma is the decimal mark, in English it separates thousands.
 * "120 000,50" (fr) → "120000.50"; "120,000.50" (en) → "120000.50"; "-5" → "-5" (negative, refused later).
 */
export function parseAmountInput(text: string, locale: AppLocale): string | null {
  let value = text.replace(/[\s\u00a0\u202f]/g, "");
  value = locale === "fr" ? value.replace(/\./g, "").replace(",", ".") : value.replace(/,/g, "");
  if (value.startsWith("-") && amountPattern.test(value.slice(1))) return value;
  return amountPattern.test(value) ? value : null;
}

export type CallFormResult = { ok: true; body: SubmissionBody } | { ok: false; errors: CallFormError[] };

/**
 * The submission for a call or an override, or the reasons it cannot be sent (by field, all at once).
 * An override (a `subjectId`) needs a note; amounts must be non-negative with at most two decimals.
 */
export function buildSubmission(
  inputs: CallInputs,
  options: { motion: ForecastMotion; locale: AppLocale; subjectId?: string; note?: string },
): CallFormResult {
  const errors: CallFormError[] = [];
  const calls: Partial<Record<CallCategory, string>> = {};
  for (const category of callCategories) {
    const text = inputs[category].trim();
    if (text === "") continue;
    const amount = parseAmountInput(text, options.locale);
    if (amount === null) errors.push({ field: category, reason: "invalid" });
    else if (amount.startsWith("-")) errors.push({ field: category, reason: "negative" });
    else calls[category] = amount;
  }
  if (errors.length === 0 && Object.keys(calls).length === 0)
    errors.push({ field: "calls", reason: "empty" });
  const note = options.note?.trim() ?? "";
  if (options.subjectId !== undefined && note === "") errors.push({ field: "note", reason: "required" });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      motion: options.motion,
      calls,
      ...(options.subjectId !== undefined ? { subjectId: options.subjectId } : {}),
      ...(note !== "" ? { note } : {}),
    },
  };
}

/** Inputs pre-filled from amounts ("120000.00" stays as typed-able text); null leaves the field empty. */
export function callInputsFrom(amounts: Partial<Record<CallCategory, string | null>>): CallInputs {
  return {
    commit: amounts.commit ?? "",
    best_case: amounts.best_case ?? "",
    pipeline: amounts.pipeline ?? "",
    omitted: amounts.omitted ?? "",
  };
}
