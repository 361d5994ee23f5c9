export type DecimalContext = {
  /** Given by the user; when absent each value is read by the rules in `readDecimal`. */
  separator: "." | "," | undefined;
  /** The file's delimiter: with ";" or tab a lone comma is a decimal comma, with "," (a quoted value) a thousands mark. */
  delimiter: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const plain = /^[+-]?\d+(\.\d+)?$/;
const currencyMarks = /^[\s$€£¥]+|[\s$€£¥]+$|\s*(EUR|USD|GBP|CHF|BRL)$/gi;

/**
 * Reads a decimal written by a person or a spreadsheet into a canonical decimal string ("-1234.5"), never a float.
 * Without an explicit separator: "1,234.56" and "1.234,56" (both marks: the last is the decimal one), "1 234,56",
 * "1234,56" (decimal comma), "1,234,567" (thousands); a lone "1,234" is a decimal comma in a ";"/tab file and a
 * thousands mark in a "," file. A lone "." is always a decimal point unless the user said the separator is ",".
 */
export function readDecimal(raw: string, context: DecimalContext): Parsed<string> {
  if (plain.test(raw) && context.separator !== ",") return { ok: true, value: canonical(raw) };
  let text = raw.replace(currencyMarks, "").replace(/[\s\u00a0\u202f']/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) text = text.slice(1);
  const decimalMark = pickDecimalMark(text, context);
  if (decimalMark === null) return { ok: false, message: `"${raw}" is not a number` };
  const thousandsMark = decimalMark === "." ? "," : ".";
  const [whole = "", fraction, extra] = text.split(decimalMark);
  if (extra !== undefined) return { ok: false, message: `"${raw}" is not a number` };
  const groups = whole.split(thousandsMark);
  const grouped = groups.length > 1;
  if (
    grouped &&
    !(groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3))
  )
    return { ok: false, message: `"${raw}" has misplaced thousands separators` };
  const digits = groups.join("");
  if (!/^\d+$/.test(digits) || (fraction !== undefined && !/^\d+$/.test(fraction)))
    return { ok: false, message: `"${raw}" is not a number` };
  return { ok: true, value: canonical(`${negative ? "-" : ""}${digits}${fraction ? `.${fraction}` : ""}`) };
}

function pickDecimalMark(text: string, context: DecimalContext): "." | "," | null {
  if (context.separator) return context.separator;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  if (lastComma >= 0) {
    const commas = text.split(",").length - 1;
    if (commas > 1) return ".";
    const after = text.length - lastComma - 1;
    if (after !== 3) return ",";
    return context.delimiter === "," ? "." : ",";
  }
  if (lastDot >= 0 && text.split(".").length - 1 > 1) return ",";
  return ".";
}

/** Drops a leading "+", leading zeros and a "-" on zero, so equal amounts compare equal as text ("0.0" stays as written). */
function canonical(value: string): string {
  let text = value.startsWith("+") ? value.slice(1) : value;
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  text = text.replace(/^0+(?=\d)/, "");
  if (/^[0.]+$/.test(text)) return text;
  return negative ? `-${text}` : text;
}

/** An integer within PostgreSQL's `integer` range. */
export function readInteger(raw: string, context: DecimalContext): Parsed<number> {
  const decimal = readDecimal(raw, context);
  if (!decimal.ok) return { ok: false, message: `"${raw}" is not a whole number` };
  const [whole, fraction] = decimal.value.split(".");
  if (fraction !== undefined && !/^0*$/.test(fraction))
    return { ok: false, message: `"${raw}" is not a whole number` };
  const value = Number(whole);
  if (!Number.isSafeInteger(value) || Math.abs(value) > 2_147_483_647)
    return { ok: false, message: `"${raw}" is out of range` };
  return { ok: true, value };
}
