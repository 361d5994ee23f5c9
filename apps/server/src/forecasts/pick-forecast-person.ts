import type { Db } from "@attain/db";
import type { RollUpResult } from "@attain/engine";
import { resolveScope } from "../auth/resolve-scope";
import { type Viewer, workspaceWideRoles } from "../auth/viewer";
import { problems } from "../http/problem";

/**
 * The person a forecast view is about: `personId` when the caller may see them on `asOf` (403 otherwise), else the
 * caller's own person, else — for workspace-wide roles — the top of the largest reporting tree.
 */
export async function pickForecastPerson(
  db: Db,
  viewer: Viewer,
  params: { personId?: string | undefined; asOf: string; workspaceName: string; result: RollUpResult },
): Promise<string> {
  await resolveScope(db, viewer, params);
  if (params.personId) return params.personId;
  const wide = workspaceWideRoles.includes(viewer.role);
  if (!wide && viewer.personId) return viewer.personId;
  const top = companyTop(params.result);
  if (!top) throw problems.notFound("A reporting tree");
  return top;
}

/** The person at the top of the largest tree on the roll-up's day (ties: the smaller id, so it is stable). */
export function companyTop(result: RollUpResult): string | null {
  const size = new Map<string, number>();
  const people = [...result.people.values()].sort((a, b) => b.depth - a.depth);
  for (const p of people) {
    const mine = 1 + p.directReportIds.reduce((n, id) => n + (size.get(id) ?? 0), 0);
    size.set(p.personId, mine);
  }
  let best: string | null = null;
  for (const p of people) {
    if (p.managerId !== null) continue;
    const s = size.get(p.personId) ?? 0;
    const b = best === null ? -1 : (size.get(best) ?? 0);
    if (s > b || (s === b && best !== null && p.personId < best)) best = p.personId;
  }
  return best;
}

/** The person and everyone under them in the roll-up's tree. */
export function treeOf(result: RollUpResult, personId: string): string[] {
  const out: string[] = [];
  const queue = [personId];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    out.push(id);
    for (const r of result.people.get(id)?.directReportIds ?? []) queue.push(r);
  }
  return out;
}
