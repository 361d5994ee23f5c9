import type { ExchangeRate } from "@attain/engine";
import type { CsvError } from "./csv-error";
import { csvValues } from "./csv-values";
import { readCsvTable } from "./read-csv-table";

/** rates.csv (docs/plans.md): from,to,valid_from,rate — `rate` units of `to` per unit of `from`. */
export function parseRatesCsv(text: string, file: string): { rates: ExchangeRate[]; errors: CsvError[] } {
  const table = readCsvTable(text, file, ["from", "to", "valid_from", "rate"]);
  if (!table.ok) return { rates: [], errors: table.errors };
  const errors: CsvError[] = [];
  const rates: ExchangeRate[] = [];
  for (const record of table.records) {
    const v = csvValues(file, record, errors);
    const from = v.currency("from");
    const to = v.currency("to");
    const validFrom = v.date("valid_from", { required: true });
    const rate = v.decimal("rate", { required: true, positive: true });
    if (from !== null && to !== null && validFrom !== null && rate !== null)
      rates.push({ from, to, validFrom, rate });
  }
  return { rates, errors };
}
