import type { SqlSession } from "@attain/db";
import { type EntitySpec, sqlTypeOf, type Row } from "./spec";

const BATCH_ROWS = 10_000;

/** The temporary table that holds a file's valid rows until they are merged; it vanishes at the end of the transaction. */
export async function createStage(sql: SqlSession, spec: EntitySpec, name: string): Promise<void> {
  const columns = spec.fields.map((field) => `${field.name} ${sqlTypeOf[field.type]}`).join(", ");
  await sql.query(`create temporary table ${name} (row_no integer not null, ${columns}) on commit drop`);
}

/**
 * Buffers converted rows as CSV and loads them into the stage with COPY, one batch at a time. A batch's COPY runs
 * while the next batch is read and converted (a PostgreSQL server works on it meanwhile); at most one is in flight.
 */
export class StageWriter {
  private lines: string[] = [];
  /** The COPY in flight, settled to its error (or null) so that a failure waits for the next `add` or `flush`. */
  private inFlight: Promise<unknown> = Promise.resolve(null);
  staged = 0;
  private readonly fields: readonly string[];

  constructor(
    private readonly sql: SqlSession,
    private readonly table: string,
    spec: EntitySpec,
  ) {
    this.fields = spec.fields.map((field) => field.name);
  }

  async add(rowNumber: number, row: Row): Promise<void> {
    let line = String(rowNumber);
    for (const field of this.fields) line += `,${csvValue(row[field] ?? null)}`;
    this.lines.push(line);
    if (this.lines.length >= BATCH_ROWS) await this.send();
  }

  /** Loads what is buffered and waits until every batch is in the stage. */
  async flush(): Promise<void> {
    await this.send();
    await this.settle();
  }

  private async send(): Promise<void> {
    await this.settle();
    if (this.lines.length === 0) return;
    const csv = `${this.lines.join("\n")}\n`;
    this.staged += this.lines.length;
    this.lines = [];
    this.inFlight = this.sql.copyCsv(this.table, ["row_no", ...this.fields], csv).then(
      () => null,
      (error: unknown) => error ?? new Error("COPY into the stage failed"),
    );
  }

  private async settle(): Promise<void> {
    const error = await this.inFlight;
    this.inFlight = Promise.resolve(null);
    if (error) throw error;
  }
}

const needsQuotes = /[",\n\r]/;

/** COPY's CSV: an empty unquoted field is NULL; anything with a quote, comma or line break is quoted. */
function csvValue(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
