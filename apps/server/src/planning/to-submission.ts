import type { SubmissionRecord } from "./load-submissions";
import type { Submission } from "./schemas";

/** A submission as the API shows it: names of who submitted and decided, ISO times. */
export function toSubmission(scenarioId: string, nodeName: string, s: SubmissionRecord): Submission {
  return {
    id: s.id,
    scenarioId,
    nodeId: s.nodeId,
    nodeName,
    status: s.status,
    submittedBy: s.submittedByName,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    decidedBy: s.decidedByName,
    decidedAt: s.decidedAt?.toISOString() ?? null,
    note: s.note,
  };
}
