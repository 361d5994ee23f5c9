import { and, eq } from "drizzle-orm";
import { compRuns, type Db, jobs } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { RunView } from "./schemas";

/**
 * Calculation runs are read by admins, comp admins, HR and managers; reps read their pay through statements and
 * My pay, marketing and viewers not at all (403).
 */
export function requireRunReader(viewer: Viewer): Viewer {
  if (!["admin", "comp_admin", "hr", "manager"].includes(viewer.role))
    throw problems.forbidden("Calculation runs are visible to comp admins, HR and managers.");
  return viewer;
}

/**
 * One run with its job's progress. What it found about other people (unassigned credits, problems, duplicates) is
 * shown to admins, comp admins and HR only (managers get empty lists); its scope and error (which may name payees)
 * to admins and comp admins only.
 */
export async function getRun(db: Db, viewer: Viewer, runId: string): Promise<RunView> {
  requireRunReader(viewer);
  const [row] = await db
    .select({ run: compRuns, progress: jobs.progress, total: jobs.total })
    .from(compRuns)
    .leftJoin(jobs, eq(jobs.id, compRuns.jobId))
    .where(and(eq(compRuns.workspaceId, viewer.workspaceId), eq(compRuns.id, runId)));
  if (!row) throw problems.notFound("The run");
  const { run } = row;
  const admin = viewer.role === "admin" || viewer.role === "comp_admin";
  const wide = admin || viewer.role === "hr";
  const list = (value: unknown) => (wide && Array.isArray(value) ? value : []);
  return {
    id: run.id,
    jobId: run.jobId,
    periodKey: run.periodKey,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    scope: admin ? (run.scope ?? null) : null,
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
    error: admin ? run.error : null,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
