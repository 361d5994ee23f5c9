import { and, type SQL, sql } from "drizzle-orm";
import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { requireScenarioReader } from "./planning-access";
import type { ScenarioSummary } from "./schemas";
import { selectScenarioSummaries } from "./select-scenario-summaries";

/** Scenarios of a fiscal year and measure (or all), plan of record first, then newest first. */
export async function listScenarios(
  db: Db,
  viewer: Viewer,
  query: { fiscalYear?: number | undefined; measure?: string | undefined },
): Promise<ScenarioSummary[]> {
  requireScenarioReader(viewer);
  const records = await selectScenarioSummaries(db, viewer.workspaceId, yearFilter(query));
  return records.map((r) => r.summary);
}

/** Every published version (the plan of record and the archived ones), newest version first. */
export async function listVersions(
  db: Db,
  viewer: Viewer,
  query: { fiscalYear?: number | undefined; measure?: string | undefined },
): Promise<ScenarioSummary[]> {
  requireScenarioReader(viewer);
  const records = await selectScenarioSummaries(
    db,
    viewer.workspaceId,
    and(yearFilter(query), sql`s.version is not null`),
  );
  return records
    .map((r) => r.summary)
    .sort((a, b) => b.fiscalYear - a.fiscalYear || (b.version ?? 0) - (a.version ?? 0));
}

function yearFilter(query: { fiscalYear?: number | undefined; measure?: string | undefined }): SQL {
  return and(
    sql`true`,
    query.fiscalYear === undefined ? undefined : sql`s.fiscal_year = ${query.fiscalYear}`,
    query.measure === undefined ? undefined : sql`s.measure = ${query.measure}`,
  )!;
}
