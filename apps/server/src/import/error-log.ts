import { MAX_REPORTED_ERRORS, type ImportRowError } from "./types";

/** Collects row errors, keeping the first `MAX_REPORTED_ERRORS` in full and counting the rest. */
export class ErrorLog {
  readonly listed: ImportRowError[] = [];
  count = 0;

  add(row: number, column: string | null, message: string): void {
    this.count++;
    if (this.listed.length < MAX_REPORTED_ERRORS) this.listed.push({ row, column, message });
  }

  /** Errors that were counted but not described one by one. */
  addUnlisted(count: number): void {
    this.count += count;
  }

  sorted(): ImportRowError[] {
    return [...this.listed].sort((a, b) => a.row - b.row);
  }
}
