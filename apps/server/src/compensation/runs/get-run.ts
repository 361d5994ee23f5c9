import { and, eq } from "drizzle-orm";
import { compRuns, type Db, jobs } from "@attain/db";
import { type Viewer, workspaceWideRoles } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { RunView } from "./schemas";

/**
 * One run with its job's progress. What it found about other people (unassigned credits, problems, duplicates) is
 * shown to workspace-wide roles only; others get empty lists.
 */
export async function getRun(db: Db, viewer: Viewer, runId: string): Promise<RunView> {
  const [row] = await db
    .select({ run: compRuns, progress: jobs.progress, total: jobs.total })
    .from(compRuns)
    .leftJoin(jobs, eq(jobs.id, compRuns.jobId))
    .where(and(eq(compRuns.workspaceId, viewer.workspaceId), eq(compRuns.id, runId)));
  if (!row) throw problems.notFound("The run");
  const { run } = row;
  const wide = workspaceWideRoles.includes(viewer.role);
  const list = (value: unknown) => (wide && Array.isArray(value) ? value : []);
  return {
    id: run.id,
    jobId: run.jobId,
    periodKey: run.periodKey,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    scope: run.scope ?? null,
    status: run.status,
    isCurrent: run.isCurrent,
    progress: { done: row.progress ?? 0, total: row.total ?? 0 },
    payeeCount: run.payeeCount,
    lineCount: run.lineCount,
    recalculatedCount: run.recalculatedCount,
    planVersions: run.planVersions,
    dataFingerprint: run.dataFingerprint,
    unassigned: list(run.unassigned),
    problems: list(run.problems),
    duplicates: list(run.duplicates),
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
