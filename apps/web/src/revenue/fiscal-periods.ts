export type PeriodPreset = "fy" | "prev-fy" | "q1" | "q2" | "q3" | "q4" | "custom";
export type MonthRange = { from: string; to: string };

export const periodPresets: readonly PeriodPreset[] = ["fy", "prev-fy", "q1", "q2", "q3", "q4", "custom"];

/** "2026-11" + 3 → "2027-02" (month arithmetic on YYYY-MM strings, no Date, no time zone). */
export function addMonths(month: string, count: number): string {
  const [year = "0", mon = "1"] = month.split("-");
  const index = Number(year) * 12 + (Number(mon) - 1) + count;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, "0")}-${String(index - y * 12 + 1).padStart(2, "0")}`;
}

/** First month of the fiscal year that contains `today` (YYYY-MM-DD), for a year starting in `startMonth` (1–12). */
export function fiscalYearStart(today: string, startMonth: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  return `${startYear}-${String(startMonth).padStart(2, "0")}`;
}

/** A fiscal year is named after the calendar year it ends in (FY2026 = Jan–Dec 2026, or Apr 2025–Mar 2026). */
export function fiscalYearName(fyStart: string): number {
  return Number(addMonths(fyStart, 11).slice(0, 4));
}

/** The months of a preset period; `custom` has no months of its own and returns null. */
export function resolvePreset(preset: PeriodPreset, today: string, startMonth: number): MonthRange | null {
  const current = fiscalYearStart(today, startMonth);
  switch (preset) {
    case "fy":
      return { from: current, to: addMonths(current, 11) };
    case "prev-fy":
      return { from: addMonths(current, -12), to: addMonths(current, -1) };
    case "q1":
    case "q2":
    case "q3":
    case "q4": {
      const from = addMonths(current, (Number(preset.slice(1)) - 1) * 3);
      return { from, to: addMonths(from, 2) };
    }
    case "custom":
      return null;
  }
}

/** Which preset a month range is, so a shared URL shows the right choice; "custom" when none matches. */
export function detectPreset(range: MonthRange, today: string, startMonth: number): PeriodPreset {
  for (const preset of periodPresets) {
    const months = resolvePreset(preset, today, startMonth);
    if (months && months.from === range.from && months.to === range.to) return preset;
  }
  return "custom";
}

/** Months offered in the custom range pickers: two previous fiscal years and the current one, oldest first. */
export function selectableMonths(today: string, startMonth: number): string[] {
  const first = addMonths(fiscalYearStart(today, startMonth), -24);
  return Array.from({ length: 36 }, (_, i) => addMonths(first, i));
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === "string" && monthPattern.test(value);
}
