import { and, eq, inArray } from "drizzle-orm";
import { accounts, type Db, people } from "@attain/db";
import { checkTerritories, type TerritoryDefinition } from "@attain/engine";
import type { FieldProblem } from "../http/problem";
import type { TerritoryInput } from "./schemas";

/** The hierarchy as the engine checks it: keys stand for ids, so its messages name territories by key. */
export function inputDefinitions(inputs: readonly TerritoryInput[]): TerritoryDefinition[] {
  return inputs.map((t) => ({
    id: t.key,
    name: t.name,
    parentId: t.parentKey,
    level: t.level,
    kind: t.kind ?? "primary",
    rules: t.rules ?? [],
    namedAccountIds: t.namedAccountIds ?? [],
    excludedAccountIds: [],
    priority: t.priority ?? 0,
  }));
}

/**
 * Everything wrong with a new hierarchy, by path (`territories[3].parentKey`): the engine's structural checks (cycles,
 * unknown parents, duplicate keys, a named account in two territories, bad rules, rules on a parent), accounts and
 * people that are not in the workspace, and owner dates that end before they start.
 */
export async function checkTerritoryInputs(
  db: Db,
  workspaceId: string,
  inputs: readonly TerritoryInput[],
): Promise<FieldProblem[]> {
  const namedIds = [...new Set(inputs.flatMap((t) => t.namedAccountIds ?? []))];
  const personIds = [...new Set(inputs.flatMap((t) => (t.owners ?? []).map((o) => o.personId)))];
  const [knownAccounts, knownPeople] = await Promise.all([
    namedIds.length === 0
      ? []
      : db
          .select({ id: accounts.id })
          .from(accounts)
          .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.id, namedIds))),
    personIds.length === 0
      ? []
      : db
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds))),
  ]);
  const accountIds = new Set(knownAccounts.map((a) => a.id));
  const personSet = new Set(knownPeople.map((p) => p.id));
  const problems: FieldProblem[] = checkTerritories(inputDefinitions(inputs), accountIds).map((issue) => ({
    path: (issue.field ?? "territories").replace(/\.parentId$/, ".parentKey").replace(/\.id$/, ".key"),
    message: issue.message,
  }));
  inputs.forEach((t, i) => {
    (t.owners ?? []).forEach((o, j) => {
      if (!personSet.has(o.personId))
        problems.push({
          path: `territories[${i}].owners[${j}].personId`,
          message: `No person ${o.personId}`,
        });
      if (o.validFrom && o.validTo && o.validTo <= o.validFrom)
        problems.push({
          path: `territories[${i}].owners[${j}].validTo`,
          message: `${t.key}: validTo ${o.validTo} must be after validFrom ${o.validFrom}`,
        });
    });
  });
  return problems;
}
