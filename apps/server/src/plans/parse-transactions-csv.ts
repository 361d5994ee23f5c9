import type { Transaction } from "@attain/engine";
import type { CsvError } from "./csv-error";
import { csvValues } from "./csv-values";
import { readCsvTable } from "./read-csv-table";

const COLUMNS = [
  "id",
  "date",
  "owner",
  "amount",
  "currency",
  "product",
  "segment",
  "deal_type",
  "reversal_of",
  "split_person",
  "split_share",
];
const REQUIRED = ["id", "date", "owner", "amount", "currency"];
// Columns with a meaning of their own; every other column is a measure named after it (margin, units, arr…).
const ATTRIBUTES: Record<string, string> = { product: "product", segment: "segment", deal_type: "dealType" };

/**
 * transactions.csv (docs/plans.md): `amount` is the bookings measure in `currency`; extra columns are measures
 * by name; `split_person` / `split_share` list split credit as `ana;ben` / `0.6;0.4`. Also returns the file row
 * of each transaction id, so crediting errors can point at it.
 */
export function parseTransactionsCsv(
  text: string,
  file: string,
): { transactions: Transaction[]; rowOf: Map<string, number>; measureColumns: string[]; errors: CsvError[] } {
  const table = readCsvTable(text, file, REQUIRED);
  if (!table.ok) return { transactions: [], rowOf: new Map(), measureColumns: [], errors: table.errors };
  const errors: CsvError[] = [];
  const measureColumns = table.header.filter((column) => !COLUMNS.includes(column));
  if (measureColumns.includes("bookings")) {
    errors.push({
      file,
      row: 1,
      column: "bookings",
      message: "the bookings measure is the amount column; remove the bookings column",
    });
  }
  const transactions: Transaction[] = [];
  const rowOf = new Map<string, number>();
  for (const record of table.records) {
    const before = errors.length;
    const v = csvValues(file, record, errors);
    const id = v.required("id");
    const date = v.date("date", { required: true });
    const amount = v.decimal("amount", { required: true });
    const currency = v.currency("currency");
    const measures: Record<string, string> = amount === null ? {} : { bookings: amount };
    for (const column of measureColumns) {
      const value = v.decimal(column);
      if (value !== null) measures[column] = value;
    }
    const attributes: Record<string, string> = {};
    for (const [column, name] of Object.entries(ATTRIBUTES))
      if (v.text(column) !== "") attributes[name] = v.text(column);
    const splits = parseSplits(v);
    const owner = v.text("owner");
    if (owner === "" && splits.length === 0)
      v.fail("owner", "owner is required (or split_person and split_share)");
    if (errors.length > before || id === null || date === null || currency === null) continue;
    rowOf.set(id, record.row);
    transactions.push({
      id,
      date,
      ownerId: owner === "" ? null : owner,
      accountId: null,
      territoryId: null,
      currency,
      measures,
      attributes,
      reversalOf: v.text("reversal_of") || null,
      splits,
    });
  }
  return { transactions, rowOf, measureColumns, errors };
}

function parseSplits(v: ReturnType<typeof csvValues>): Transaction["splits"] {
  const people = v.text("split_person");
  const shares = v.text("split_share");
  if (people === "" && shares === "") return [];
  const personList = people.split(";").map((p) => p.trim());
  const shareList = shares.split(";").map((s) => s.trim());
  if (personList.length !== shareList.length || personList.includes("")) {
    v.fail(
      "split_share",
      `split_person lists ${personList.length} people but split_share ${shareList.length} shares`,
    );
    return [];
  }
  const splits: Transaction["splits"] = [];
  for (const [i, personId] of personList.entries()) {
    const share = shareList[i] ?? "";
    if (!/^\d+(\.\d+)?$/.test(share)) {
      v.fail("split_share", `split_share must be decimals like 0.6;0.4, got ${JSON.stringify(shares)}`);
      return [];
    }
    splits.push({ personId, share, role: "split" });
  }
  return splits;
}
