import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/** A name for this worker in `jobs.locked_by`: host, process and a random suffix (two runners in one process differ). */
export function workerIdOf(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}
