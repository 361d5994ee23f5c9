import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AttainDatabase } from "@attain/db";

/** The shared real data sets, beside the project checkout (never copied into it). */
export const sharedDataDir = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url));
export const hasSharedData = existsSync(join(sharedDataDir, "maven_crm_sales_pipeline.csv"));
if (!hasSharedData) console.warn(`Skipping real-data import tests: ${sharedDataDir} is absent.`);

export async function createWorkspace(database: AttainDatabase, reportingCurrency = "EUR"): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const [row] = await database.sql.query<{ id: string }>(
    "insert into workspaces (slug, name, reporting_currency) values ($1, $2, $3) returning id",
    [`import-${tag}`, `Import ${tag}`, reportingCurrency],
  );
  if (!row) throw new Error("workspace not created");
  return row.id;
}

/** Writes a file into a fresh temporary folder and returns its path. */
export function writeTempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "attain-import-")), name);
  writeFileSync(path, content);
  return path;
}

export async function countRows(
  database: AttainDatabase,
  table: string,
  workspaceId: string,
  where = "true",
): Promise<number> {
  const [row] = await database.sql.query<{ n: string }>(
    `select count(*) as n from ${table} where workspace_id = $1 and (${where})`,
    [workspaceId],
  );
  return Number(row?.n ?? 0);
}
