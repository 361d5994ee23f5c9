import { and, eq } from "drizzle-orm";
import { compResults, compRuns, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadResultLines } from "./load-result-lines";
import { visiblePersonIds } from "./visible-person-ids";

/**
 * Every line of one payee's result with its trace. A result outside the caller's scope is answered like one that does
 * not exist (404), so ids of other people's pay reveal nothing; so is, for a rep, a result of a run not yet published.
 */
export async function listResultLines(db: Db, viewer: Viewer, params: { resultId: string }) {
  const [result] = await db
    .select()
    .from(compResults)
    .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.id, params.resultId)));
  if (!result) throw problems.notFound("The result");
  const [run] = await db
    .select({ id: compRuns.id, periodKey: compRuns.periodKey, periodEnd: compRuns.periodEnd })
    .from(compRuns)
    .where(and(eq(compRuns.workspaceId, viewer.workspaceId), eq(compRuns.id, result.runId)));
  if (!run) throw problems.notFound("The result");
  const visible = await visiblePersonIds(db, viewer, run, "The result");
  if (visible !== null && !visible.includes(result.personId)) throw problems.notFound("The result");
  const lines = await loadResultLines(db, { workspaceId: viewer.workspaceId, lineSetId: result.lineSetId });
  return {
    resultId: result.id,
    runId: result.runId,
    personId: result.personId,
    periodKey: result.periodKey,
    currency: result.currency,
    items: lines,
  };
}
