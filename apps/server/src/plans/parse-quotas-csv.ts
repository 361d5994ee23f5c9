import type { PeriodKind } from "@attain/engine";
import type { CsvError } from "./csv-error";
import { csvValues } from "./csv-values";
import { readCsvTable } from "./read-csv-table";

const PERIOD_KEYS: Record<PeriodKind, { pattern: RegExp; example: string }> = {
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: "2025-01" },
  quarter: { pattern: /^\d{4}-Q[1-4]$/, example: "2025-Q1" },
  year: { pattern: /^\d{4}$/, example: "2025" },
};

/** quotas.csv (docs/plans.md): person,period,amount — one quota per person and period of the plan's kind. */
export function parseQuotasCsv(
  text: string,
  file: string,
  kind: PeriodKind,
): { quotas: Map<string, Record<string, string>>; errors: CsvError[] } {
  const quotas = new Map<string, Record<string, string>>();
  const table = readCsvTable(text, file, ["person", "period", "amount"]);
  if (!table.ok) return { quotas, errors: table.errors };
  const errors: CsvError[] = [];
  const { pattern, example } = PERIOD_KEYS[kind];
  for (const record of table.records) {
    const before = errors.length;
    const v = csvValues(file, record, errors);
    const person = v.required("person");
    const period = v.required("period");
    const amount = v.decimal("amount", { required: true });
    if (period !== null && !pattern.test(period)) {
      v.fail(
        "period",
        `period must be a ${kind} like ${example} (the plan is paid by ${kind}), got ${JSON.stringify(period)}`,
      );
    }
    const own = quotas.get(person ?? "") ?? {};
    if (period !== null && own[period] !== undefined)
      v.fail("period", `${person} has two quotas for ${period}`);
    if (errors.length > before || person === null || period === null || amount === null) continue;
    quotas.set(person, { ...own, [period]: amount });
  }
  return { quotas, errors };
}
