import { and, asc, eq } from "drizzle-orm";
import { compResultLines, compResults, type Db } from "@attain/db";
import type { TraceStep } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { visiblePersonIds } from "./visible-person-ids";

/**
 * Every line of one payee's result with its trace. A result outside the caller's scope is answered like one that does
 * not exist (404), so ids of other people's pay reveal nothing.
 */
export async function listResultLines(db: Db, viewer: Viewer, params: { resultId: string; today: string }) {
  const [result] = await db
    .select()
    .from(compResults)
    .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.id, params.resultId)));
  const visible = result ? await visiblePersonIds(db, viewer, params.today) : null;
  if (!result || (visible !== null && !visible.includes(result.personId)))
    throw problems.notFound("The result");
  const lines = await db
    .select()
    .from(compResultLines)
    .where(and(eq(compResultLines.workspaceId, viewer.workspaceId), eq(compResultLines.resultId, result.id)))
    .orderBy(asc(compResultLines.lineNo));
  return {
    resultId: result.id,
    runId: result.runId,
    personId: result.personId,
    periodKey: result.periodKey,
    currency: result.currency,
    items: lines.map((l) => ({
      lineNo: l.lineNo,
      component: l.component,
      kind: l.kind,
      creditId: l.creditId,
      transactionId: l.transactionId,
      exact: l.exact,
      amount: l.amount,
      trace: l.trace as TraceStep[],
    })),
  };
}
