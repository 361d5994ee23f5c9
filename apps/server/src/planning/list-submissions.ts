import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadScenario } from "./load-scenario";
import { loadScenarioNodes } from "./load-scenario-nodes";
import { loadSubmissions } from "./load-submissions";
import { requireScenarioReader } from "./planning-access";
import type { Submission } from "./schemas";
import { toSubmission } from "./to-submission";

/** A scenario's submissions in the hierarchy's order. */
export async function listSubmissions(db: Db, viewer: Viewer, scenarioId: string): Promise<Submission[]> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, scenarioId);
  const nodes = await loadScenarioNodes(db, {
    workspaceId: viewer.workspaceId,
    scenarioId,
    months: scenario.months,
  });
  const submissions = await loadSubmissions(db, { workspaceId: viewer.workspaceId, scenarioId });
  return nodes.flatMap((n) => {
    const s = submissions.get(n.nodeId);
    return s ? [toSubmission(scenarioId, n.name, s)] : [];
  });
}
