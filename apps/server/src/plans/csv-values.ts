import { compareAmounts, isValidDate, parseDecimal } from "@attain/engine";
import type { CsvError } from "./csv-error";
import type { CsvRecord } from "./read-csv-table";

/**
 * Field readers for one CSV record: each returns the value or records an error naming the row and column, so a
 * file reports every bad cell at once.
 */
export function csvValues(file: string, record: CsvRecord, errors: CsvError[]) {
  const fail = (column: string, message: string) => {
    errors.push({ file, row: record.row, column, message });
    return null;
  };
  const text = (column: string): string => record.values[column] ?? "";
  return {
    text,
    required(column: string): string | null {
      const value = text(column);
      return value === "" ? fail(column, `${column} is required`) : value;
    },
    decimal(column: string, options: { required?: boolean; positive?: boolean } = {}): string | null {
      const value = text(column);
      if (value === "") return options.required ? fail(column, `${column} is required`) : null;
      try {
        const parsed = parseDecimal(value);
        if (options.positive && compareAmounts(parsed, "0") <= 0)
          return fail(column, `${column} must be above 0, got ${value}`);
        return parsed;
      } catch {
        return fail(column, `${column} must be a decimal number like 1250.00, got ${JSON.stringify(value)}`);
      }
    },
    date(column: string, options: { required?: boolean } = {}): string | null {
      const value = text(column);
      if (value === "") return options.required ? fail(column, `${column} is required`) : null;
      return isValidDate(value)
        ? value
        : fail(column, `${column} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    },
    currency(column: string): string | null {
      const value = text(column);
      return /^[A-Z]{3}$/.test(value)
        ? value
        : fail(column, `${column} must be an ISO 4217 code like EUR, got ${JSON.stringify(value)}`);
    },
    fail,
  };
}
