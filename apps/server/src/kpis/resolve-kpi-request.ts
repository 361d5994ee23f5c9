import { type Db, people, regions, selectRows, teams } from "@attain/db";
import { addDays, isValidDate } from "@attain/engine";
import { and, eq, sql } from "drizzle-orm";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { loadWorkspace } from "../revenue/resolve-revenue-request";
import type { MeasureRequest } from "./measure-sources";
import { resolveKpiPeriod } from "./resolve-kpi-period";
import type { KpiContext, KpiFilterQuery } from "./types";

export type ResolvedKpiRequest = {
  /** The response context without the facts version (read after the refresh). */
  context: Omit<KpiContext, "version">;
  request: MeasureRequest;
  /** The people allowed by the caller's scope alone (before team / region), null = everyone. */
  scopePersonIds: string[] | null;
  period: { from: string; to: string };
};

/**
 * Period (fiscal calendar), scope (the caller's, narrowed by `personId`), the team (members on `asOf`, nested teams
 * included) and region filters intersected with it, and the segment / product / channel filters → one measure
 * request and the context echoed in responses.
 */
export async function resolveKpiRequest(
  db: Db,
  viewer: Viewer,
  today: string,
  query: KpiFilterQuery,
): Promise<ResolvedKpiRequest> {
  const workspaceId = viewer.workspaceId;
  const workspace = await loadWorkspace(db, workspaceId);
  const period = resolveKpiPeriod(query, today, workspace.calendar);
  const asOf = query.asOf ?? today;
  if (!isValidDate(asOf)) throw problems.invalid([{ path: "asOf", message: "`asOf` is a day (YYYY-MM-DD)" }]);
  const scope = await resolveScope(db, viewer, {
    personId: query.personId,
    asOf,
    workspaceName: workspace.name,
  });

  let personIds = scope.personIds;
  let kind: KpiContext["scope"]["kind"] = scope.kind;
  let name = scope.name;
  if (query.teamId) {
    const [team] = await db
      .select({ name: teams.name })
      .from(teams)
      .where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, query.teamId)));
    if (!team) throw problems.notFound("The team");
    personIds = intersect(personIds, await teamMembers(db, workspaceId, query.teamId, asOf));
    kind = "team";
    name = team.name;
  }
  if (query.regionId) {
    const [region] = await db
      .select({ name: regions.name })
      .from(regions)
      .where(and(eq(regions.workspaceId, workspaceId), eq(regions.id, query.regionId)));
    if (!region) throw problems.notFound("The region");
    const members = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, workspaceId), eq(people.regionId, query.regionId)));
    personIds = intersect(
      personIds,
      members.map((m) => m.id),
    );
    kind = "region";
    name = query.teamId ? `${name} · ${region.name}` : region.name;
  }

  const filters: KpiContext["filters"] = {};
  const keys = [
    "period",
    "from",
    "to",
    "personId",
    "teamId",
    "regionId",
    "segment",
    "productId",
    "channel",
  ] as const;
  for (const key of keys) if (query[key] !== undefined) filters[key] = query[key];
  return {
    context: {
      currency: workspace.currency,
      from: period.from,
      to: period.to,
      fromDay: period.fromDay,
      toDay: addDays(period.toDayExclusive, -1),
      asOf,
      scope: { kind, personId: scope.personId, name },
      filters,
    },
    request: {
      workspaceId,
      currency: workspace.currency,
      fromDay: period.fromDay,
      toDayExclusive: period.toDayExclusive,
      personIds: personIds === null ? null : [...personIds].sort(),
      segment: query.segment ?? null,
      productId: query.productId ?? null,
      channel: query.channel ?? null,
      today,
    },
    scopePersonIds: scope.personIds,
    period: { from: period.from, to: period.to },
  };
}

/** The team's members on `asOf`, members of its sub-teams included. */
export async function teamMembers(
  db: Db,
  workspaceId: string,
  teamId: string,
  asOf: string,
): Promise<string[]> {
  const rows = await selectRows<{ person_id: string }>(
    db,
    sql`with recursive tree as (
          select id from teams where workspace_id = ${workspaceId} and id = ${teamId}::uuid
          union
          select t.id from teams t join tree on t.parent_team_id = tree.id where t.workspace_id = ${workspaceId}
        )
        select distinct m.person_id from team_memberships m join tree on tree.id = m.team_id
        where m.workspace_id = ${workspaceId} and m.valid_from <= ${asOf}::date
          and (m.valid_to is null or m.valid_to > ${asOf}::date)`,
  );
  return rows.map((r) => r.person_id);
}

function intersect(allowed: string[] | null, ids: string[]): string[] {
  if (allowed === null) return ids;
  const keep = new Set(allowed);
  return ids.filter((id) => keep.has(id));
}
