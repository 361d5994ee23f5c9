import { eq } from "drizzle-orm";
import { type Db, people, reportingLines } from "@attain/db";
import { type RollUpResult, rollUpForecast } from "@attain/engine";
import type { PersonInfo } from "./load-roll-up-inputs";

/** The reporting tree on a day without any figures (a roll-up of nothing): who reports to whom, and names. */
export async function loadOrgOn(
  db: Db,
  workspaceId: string,
  asOf: string,
): Promise<{ people: Map<string, PersonInfo>; result: RollUpResult }> {
  const personRows = await db
    .select({ id: people.id, name: people.fullName, jobRole: people.jobRole })
    .from(people)
    .where(eq(people.workspaceId, workspaceId));
  const lines = await db
    .select({
      personId: reportingLines.personId,
      managerId: reportingLines.managerId,
      validFrom: reportingLines.validFrom,
      validTo: reportingLines.validTo,
    })
    .from(reportingLines)
    .where(eq(reportingLines.workspaceId, workspaceId));
  const result = rollUpForecast({
    asOf,
    lines,
    submissions: [],
    deals: [],
    personIds: personRows.map((p) => p.id),
  });
  return { people: new Map(personRows.map((p) => [p.id, p])), result };
}
