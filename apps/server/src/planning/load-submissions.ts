import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db, planningSubmissions, users } from "@attain/db";
import type { SubmissionStatus } from "@attain/db";

export type SubmissionRecord = {
  id: string;
  nodeId: string;
  status: SubmissionStatus;
  submittedBy: string | null;
  submittedByName: string | null;
  submittedAt: Date | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  note: string | null;
};

/** A scenario's submissions by node, with the names of who submitted and who decided. */
export async function loadSubmissions(
  db: Db,
  params: { workspaceId: string; scenarioId: string },
): Promise<Map<string, SubmissionRecord>> {
  const submitter = alias(users, "submitter");
  const decider = alias(users, "decider");
  const rows = await db
    .select({
      id: planningSubmissions.id,
      nodeId: planningSubmissions.nodeId,
      status: planningSubmissions.status,
      submittedBy: planningSubmissions.submittedBy,
      submittedByName: submitter.displayName,
      submittedAt: planningSubmissions.submittedAt,
      decidedBy: planningSubmissions.decidedBy,
      decidedByName: decider.displayName,
      decidedAt: planningSubmissions.decidedAt,
      note: planningSubmissions.note,
    })
    .from(planningSubmissions)
    .leftJoin(submitter, eq(submitter.id, planningSubmissions.submittedBy))
    .leftJoin(decider, eq(decider.id, planningSubmissions.decidedBy))
    .where(
      and(
        eq(planningSubmissions.workspaceId, params.workspaceId),
        eq(planningSubmissions.scenarioId, params.scenarioId),
      ),
    );
  return new Map(rows.map((r) => [r.nodeId, r]));
}
