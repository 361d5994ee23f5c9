import type { DateFormat } from "../types";
import type { Parsed } from "./parse-decimal";

type Order = "ymd" | "dmy" | "mdy";

const orderOf: Record<DateFormat, Order> = {
  "YYYY-MM-DD": "ymd",
  "YYYY.MM.DD": "ymd",
  "YYYY/MM/DD": "ymd",
  "DD/MM/YYYY": "dmy",
  "DD.MM.YYYY": "dmy",
  "DD-MM-YYYY": "dmy",
  "DD/MM/YY": "dmy",
  "MM/DD/YYYY": "mdy",
  "MM-DD-YYYY": "mdy",
  "MM/DD/YY": "mdy",
};

const dateTime =
  /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const iso = /^\d{4}-\d{2}-\d{2}$/;

export type DateValue = { date: string; time: string | null; zone: string | null };

/**
 * Reads a date (and optional time) in any of the accepted layouts. A year first is unambiguous; otherwise the
 * given format decides, and without one a value like 03/04/2019 (both parts ≤ 12) is refused rather than guessed.
 */
export function readDateParts(raw: string, format: DateFormat | undefined): Parsed<DateValue> {
  if (iso.test(raw))
    return checkCalendar(
      raw,
      Number(raw.slice(0, 4)),
      Number(raw.slice(5, 7)),
      Number(raw.slice(8, 10)),
      null,
      null,
    );
  const match = dateTime.exec(raw);
  if (!match) return { ok: false, message: `"${raw}" is not a date` };
  const [, a = "", b = "", c = "", hh, mm, ss, zone] = match;
  const time = hh === undefined ? null : `${hh.padStart(2, "0")}:${mm}:${ss ?? "00"}`;
  if (a.length === 4) return checkCalendar(raw, Number(a), Number(b), Number(c), time, zone ?? null);
  if (a.length > 2 || (c.length !== 4 && c.length !== 2))
    return { ok: false, message: `"${raw}" is not a date` };
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  let order: Order | undefined = format ? orderOf[format] : undefined;
  if (order === "ymd") return { ok: false, message: `"${raw}" does not match the date format ${format}` };
  if (!order) {
    const first = Number(a);
    const second = Number(b);
    if (first > 12 && second <= 12) order = "dmy";
    else if (second > 12 && first <= 12) order = "mdy";
    else if (first === second) order = "dmy";
    else
      return {
        ok: false,
        message: `"${raw}" is ambiguous (day/month or month/day); give the date format (--date-format DD/MM/YYYY or MM/DD/YYYY)`,
      };
  }
  const [day, month] = order === "dmy" ? [Number(a), Number(b)] : [Number(b), Number(a)];
  return checkCalendar(raw, year, month, day, time, zone ?? null);
}

function checkCalendar(
  raw: string,
  year: number,
  month: number,
  day: number,
  time: string | null,
  zone: string | null,
): Parsed<DateValue> {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day || year < 1000)
    return { ok: false, message: `"${raw}" is not a valid calendar date` };
  if (
    time &&
    (Number(time.slice(0, 2)) > 23 || Number(time.slice(3, 5)) > 59 || Number(time.slice(6, 8)) > 59)
  )
    return { ok: false, message: `"${raw}" has an invalid time` };
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { ok: true, value: { date, time, zone } };
}

/** A calendar date `YYYY-MM-DD`; a time part, if any, is dropped. */
export function readDate(raw: string, format: DateFormat | undefined): Parsed<string> {
  const parts = readDateParts(raw, format);
  return parts.ok ? { ok: true, value: parts.value.date } : parts;
}

/** An instant as ISO 8601; without a zone the value is taken as UTC. */
export function readTimestamp(raw: string, format: DateFormat | undefined): Parsed<string> {
  const parts = readDateParts(raw, format);
  if (!parts.ok) return parts;
  const { date, time, zone } = parts.value;
  const normalisedZone =
    !zone || zone.toUpperCase() === "Z"
      ? "Z"
      : zone.includes(":")
        ? zone
        : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { ok: true, value: `${date}T${time ?? "00:00:00"}${normalisedZone}` };
}

/** A month as the first day of it: "2026-03", "03/2026" or any date in the month → "2026-03-01". */
export function readMonth(raw: string, format: DateFormat | undefined): Parsed<string> {
  const yearFirst = /^(\d{4})[./-](\d{1,2})$/.exec(raw);
  const monthFirst = /^(\d{1,2})[./-](\d{4})$/.exec(raw);
  const [year, month] = yearFirst
    ? [Number(yearFirst[1]), Number(yearFirst[2])]
    : monthFirst
      ? [Number(monthFirst[2]), Number(monthFirst[1])]
      : [0, 0];
  if (month >= 1 && month <= 12) return { ok: true, value: `${year}-${String(month).padStart(2, "0")}-01` };
  const date = readDate(raw, format);
  return date.ok
    ? { ok: true, value: `${date.value.slice(0, 7)}-01` }
    : { ok: false, message: `"${raw}" is not a month` };
}
