import { and, eq, inArray } from "drizzle-orm";
import { accounts, type Db } from "@attain/db";
import type { FieldProblem } from "../../http/problem";
import type { CreditingSettings } from "./crediting-schemas";
import { loadPersonNames } from "./load-person-names";

/** Every person and account the rules name that is not in the workspace, as field problems (`territories.0.personId`). */
export async function findCreditingReferenceProblems(
  db: Db,
  workspaceId: string,
  settings: CreditingSettings,
): Promise<FieldProblem[]> {
  const personIds = [...settings.territories, ...settings.relationships].map((c) => c.personId);
  const people = await loadPersonNames(db, { workspaceId, personIds });
  const accountIds = [...new Set(settings.relationships.map((r) => r.accountId))];
  const found =
    accountIds.length === 0
      ? []
      : await db
          .select({ id: accounts.id })
          .from(accounts)
          .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.id, accountIds)));
  const knownAccounts = new Set(found.map((a) => a.id));
  const problems: FieldProblem[] = [];
  const noPerson = "No person with this id in the workspace";
  settings.territories.forEach((t, i) => {
    if (!people.has(t.personId)) problems.push({ path: `territories.${i}.personId`, message: noPerson });
  });
  settings.relationships.forEach((r, i) => {
    if (!knownAccounts.has(r.accountId)) {
      problems.push({
        path: `relationships.${i}.accountId`,
        message: "No account with this id in the workspace",
      });
    }
    if (!people.has(r.personId)) problems.push({ path: `relationships.${i}.personId`, message: noPerson });
  });
  return problems;
}
