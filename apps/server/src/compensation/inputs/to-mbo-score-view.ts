import type { compMboScores } from "@attain/db";
import type { MboScoreView } from "./mbo-schemas";

export function toMboScoreView(row: typeof compMboScores.$inferSelect, personName: string): MboScoreView {
  return {
    id: row.id,
    personId: row.personId,
    personName,
    periodKey: row.periodKey,
    component: row.component,
    objective: row.objective,
    score: row.score,
    comment: row.comment,
    scoredBy: row.scoredBy,
    scoredAt: row.scoredAt.toISOString(),
  };
}
