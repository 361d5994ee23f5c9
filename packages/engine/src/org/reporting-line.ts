import { parseDate } from "../calendar/civil-date";

/** Who `personId` reports to from `validFrom` (inclusive) until `validTo` (exclusive; null = still does). */
export type ReportingLine = {
  personId: string;
  managerId: string;
  validFrom: string;
  validTo: string | null;
};

/** Whether the line holds on `asOf`. Dates are `YYYY-MM-DD`, so string order is date order. */
export function isLineActive(line: ReportingLine, asOf: string): boolean {
  return line.validFrom <= asOf && (line.validTo === null || asOf < line.validTo);
}

/**
 * Each person's manager on `asOf`. A self-managing line is ignored (nobody is their own manager). If invalid data
 * gives a person two lines on one day, the one that started last wins, then the smaller manager id — so every
 * function here resolves the same single manager and `chainOfCommand` and `reportingTreeAsOf` agree.
 */
export function managersAsOf(lines: readonly ReportingLine[], asOf: string): Map<string, string> {
  parseDate(asOf);
  const chosen = new Map<string, ReportingLine>();
  for (const line of lines) {
    if (line.personId === line.managerId || !isLineActive(line, asOf)) continue;
    const current = chosen.get(line.personId);
    if (
      !current ||
      line.validFrom > current.validFrom ||
      (line.validFrom === current.validFrom && line.managerId < current.managerId)
    ) {
      chosen.set(line.personId, line);
    }
  }
  return new Map([...chosen].map(([personId, line]) => [personId, line.managerId]));
}
