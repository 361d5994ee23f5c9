import { eq } from "drizzle-orm";
import { type Db, people, users, workspaces } from "@attain/db";
import type { Clock } from "../clock";
import { problems } from "../http/problem";
import type { Me } from "../routes/me-schema";

/** The signed-in user as the web app needs it: identity, role, person and workspace settings. */
export async function loadMe(db: Db, clock: Clock, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      personId: people.id,
      personName: people.fullName,
      jobRole: people.jobRole,
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      reportingCurrency: workspaces.reportingCurrency,
      fiscalYearStartMonth: workspaces.fiscalYearStartMonth,
    })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, userId));
  if (!row) throw problems.notFound("The user");
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    locale: row.locale === "fr" ? "fr" : "en",
    person: row.personId
      ? { id: row.personId, fullName: row.personName ?? "", jobRole: row.jobRole ?? "" }
      : null,
    workspace: {
      id: row.workspaceId,
      name: row.workspaceName,
      reportingCurrency: row.reportingCurrency,
      fiscalYearStartMonth: row.fiscalYearStartMonth,
    },
    today: clock.today(),
  };
}
