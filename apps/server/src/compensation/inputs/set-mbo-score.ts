import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compMboScores } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { recordCompEvent } from "../audit/record-comp-event";
import { assertPeriodAcceptsInputs } from "./assert-period-accepts-inputs";
import { authorizeMboScoring } from "./authorize-mbo-scoring";
import { loadPersonNames } from "./load-person-names";
import type { MboScoreInput, MboScoreView } from "./mbo-schemas";
import { resolvePeriodEnd } from "./resolve-period-end";
import { toMboScoreView } from "./to-mbo-score-view";
import { unprocessable } from "./unprocessable";

/**
 * Sets (creates or replaces) one objective's score for a person and period, after checking that the caller may score
 * them on the period's last day and that the period is not final; the comp_events entry is written in the same
 * transaction.
 */
export async function setMboScore(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  input: MboScoreInput,
): Promise<MboScoreView> {
  const { workspaceId } = viewer;
  const periodEnd = await resolvePeriodEnd(database.db, { workspaceId, periodKey: input.periodKey });
  await authorizeMboScoring(database.db, viewer, { personId: input.personId, asOf: periodEnd });
  return database.transaction(async ({ db }) => {
    const personName = (await loadPersonNames(db, { workspaceId, personIds: [input.personId] })).get(
      input.personId,
    );
    if (personName === undefined) {
      throw unprocessable([{ path: "personId", message: "No person with this id in the workspace" }]);
    }
    await assertPeriodAcceptsInputs(db, { workspaceId, periodKey: input.periodKey });
    const key = {
      workspaceId,
      personId: input.personId,
      periodKey: input.periodKey,
      component: input.component,
      objective: input.objective,
    };
    const [before] = await db
      .select()
      .from(compMboScores)
      .where(
        and(
          eq(compMboScores.workspaceId, workspaceId),
          eq(compMboScores.personId, input.personId),
          eq(compMboScores.periodKey, input.periodKey),
          eq(compMboScores.component, input.component),
          eq(compMboScores.objective, input.objective),
        ),
      )
      .for("update");
    const values = {
      score: input.score,
      comment: input.comment ?? null,
      scoredBy: viewer.userId,
      scoredAt: now,
    };
    const [row] = await db
      .insert(compMboScores)
      .values({ ...key, ...values })
      .onConflictDoUpdate({
        target: [
          compMboScores.workspaceId,
          compMboScores.personId,
          compMboScores.periodKey,
          compMboScores.component,
          compMboScores.objective,
        ],
        set: values,
      })
      .returning();
    const after = toMboScoreView(row!, personName);
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: before ? "mbo_score.updated" : "mbo_score.created",
      entity: "comp_mbo_score",
      entityId: after.id,
      before: before ? toMboScoreView(before, personName) : null,
      after,
    });
    return after;
  });
}
