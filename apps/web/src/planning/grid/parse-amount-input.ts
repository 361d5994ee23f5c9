import type { AppLocale } from "../../format/locale";

export type AmountInput =
  | { ok: true; amount: string }
  | { ok: false; reason: "empty" | "not_a_number" | "negative" | "too_many_decimals" };

/**
 * What a planner typed into a quota cell, as a decimal string for the API (at most `places` fraction digits, ≥ 0).
 * Spaces are ignored (French groups thousands with them); in English "," groups thousands, in French "," is the
 * decimal mark. No float is involved: "1,234.50" (en) and "1 234,50" (fr) → "1234.50"; "-5" → negative.
 */
export function parseAmountInput(text: string, locale: AppLocale, places = 2): AmountInput {
  let value = text.replace(/[\s\u00a0\u202f]/g, "");
  if (value === "") return { ok: false, reason: "empty" };
  value = locale === "fr" ? value.replace(",", ".") : value.replace(/,(?=\d{3}(\D|$))/g, "");
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || ((match[2] ?? "") === "" && (match[3] ?? "") === ""))
    return { ok: false, reason: "not_a_number" };
  const [, sign = "", whole = "", fraction = ""] = match;
  const digits = (whole.replace(/^0+(?=\d)/, "") || "0") + (fraction ? `.${fraction}` : "");
  if (sign === "-" && /[1-9]/.test(digits)) return { ok: false, reason: "negative" };
  if (fraction.length > places) return { ok: false, reason: "too_many_decimals" };
  return { ok: true, amount: sign === "-" ? digits.replace(/^-/, "") : digits };
}
