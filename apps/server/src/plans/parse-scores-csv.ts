import type { CsvError } from "./csv-error";
import { csvValues } from "./csv-values";
import { readCsvTable } from "./read-csv-table";

/** person → period → MBO component → objective key → score. */
export type MboScores = Map<string, Map<string, Record<string, Record<string, string>>>>;

/** scores.csv (docs/plans.md): person,period,component,objective,score — manager scores for MBO components. */
export function parseScoresCsv(text: string, file: string): { scores: MboScores; errors: CsvError[] } {
  const scores: MboScores = new Map();
  const table = readCsvTable(text, file, ["person", "period", "component", "objective", "score"]);
  if (!table.ok) return { scores, errors: table.errors };
  const errors: CsvError[] = [];
  for (const record of table.records) {
    const before = errors.length;
    const v = csvValues(file, record, errors);
    const [person, period, component, objective] = ["person", "period", "component", "objective"].map((c) =>
      v.required(c),
    );
    const score = v.decimal("score", { required: true });
    if (score?.startsWith("-")) v.fail("score", `score must not be negative, got ${score}`);
    if (errors.length > before || !person || !period || !component || !objective || score === null) continue;
    const byPeriod = scores.get(person) ?? new Map<string, Record<string, Record<string, string>>>();
    const byComponent = byPeriod.get(period) ?? {};
    byComponent[component] = { ...byComponent[component], [objective]: score };
    byPeriod.set(period, byComponent);
    scores.set(person, byPeriod);
  }
  return { scores, errors };
}
