import type { PlanningNode } from "@attain/engine";
import type { FieldProblem } from "../http/problem";
import type { QuotaCarrier } from "./load-quota-carriers";

export type HierarchySource = {
  companyName: string;
  regions: readonly { id: string; name: string }[];
  teams: readonly { id: string; name: string; regionId: string | null; parentTeamId: string | null }[];
  carriers: readonly QuotaCarrier[];
  memberships: readonly { personId: string; teamId: string; validFrom: string; validTo: string | null }[];
  /** The scenario's hierarchy date. */
  asOf: string;
};

export type PlanningHierarchy = {
  nodes: PlanningNode[];
  /** Person node id → the person. */
  people: Map<string, QuotaCarrier>;
};

export const companyNodeId = "company";
export const regionNodeId = (id: string) => `region:${id}`;
export const teamNodeId = (id: string) => `team:${id}`;
export const personNodeId = (id: string) => `person:${id}`;

/**
 * The planning hierarchy as of a date: company → regions → teams (nested by `parentTeamId`) → the people who carry
 * quota. A team sits under its parent team when both are in the same region (or it has none), otherwise under its
 * region, otherwise under the company — so a region-less umbrella team ("Sales") does not hide the regions. A person
 * sits in the team they belong to on `asOf` (or on their hire date, when hired later in the year); without a team,
 * under their region, else the company. Subtrees without people are left out.
 *
 * Refused, with every problem named: teams whose parents form a cycle, a parent team that does not exist, and a
 * person in two teams on the same date.
 */
export function buildPlanningHierarchy(
  source: HierarchySource,
): { ok: true; hierarchy: PlanningHierarchy } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const teams = new Map(source.teams.map((t) => [t.id, t]));
  const regions = new Map(source.regions.map((r) => [r.id, r]));
  problems.push(...teamCycleProblems(source.teams, teams));

  const nodes = new Map<string, PlanningNode>();
  nodes.set(companyNodeId, { id: companyNodeId, parentId: null, kind: "company", name: source.companyName });
  const regionParent = (regionId: string | null): string => {
    const region = regionId === null ? undefined : regions.get(regionId);
    if (!region) return companyNodeId;
    const id = regionNodeId(region.id);
    if (!nodes.has(id)) nodes.set(id, { id, parentId: companyNodeId, kind: "region", name: region.name });
    return id;
  };
  for (const team of source.teams) {
    const parent = team.parentTeamId === null ? undefined : teams.get(team.parentTeamId);
    const sameRegion = parent !== undefined && (team.regionId === null || parent.regionId === team.regionId);
    const parentId = sameRegion ? teamNodeId(parent.id) : regionParent(team.regionId);
    nodes.set(teamNodeId(team.id), { id: teamNodeId(team.id), parentId, kind: "team", name: team.name });
  }

  const people = new Map<string, QuotaCarrier>();
  for (const person of source.carriers) {
    const day = person.hireDate !== null && person.hireDate > source.asOf ? person.hireDate : source.asOf;
    const current = source.memberships.filter(
      (m) =>
        m.personId === person.personId &&
        teams.has(m.teamId) &&
        m.validFrom <= day &&
        (m.validTo === null || m.validTo > day),
    );
    const distinct = [...new Set(current.map((m) => m.teamId))];
    if (distinct.length > 1) {
      const names = distinct.map((id) => teams.get(id)?.name ?? id).join(" and ");
      problems.push({
        path: `hierarchy.${personNodeId(person.personId)}.teamMemberships`,
        message: `${person.name} is in two teams on ${day}: ${names}. A person can belong to one team at a time.`,
      });
      continue;
    }
    const parentId = distinct[0] !== undefined ? teamNodeId(distinct[0]) : regionParent(person.regionId);
    const id = personNodeId(person.personId);
    nodes.set(id, { id, parentId, kind: "person", name: person.name });
    people.set(id, person);
  }
  if (problems.length > 0) return { ok: false, problems };

  // Keep only the nodes on a path from the company to a person.
  const kept = new Set<string>([companyNodeId]);
  for (const id of people.keys()) {
    let at: string | null = id;
    while (at !== null && !kept.has(at)) {
      kept.add(at);
      at = nodes.get(at)?.parentId ?? null;
    }
  }
  return {
    ok: true,
    hierarchy: { nodes: [...nodes.values()].filter((n) => kept.has(n.id)), people },
  };
}

/** Every team on a cycle of parent teams, once per cycle, and parents that do not exist. */
function teamCycleProblems(
  list: HierarchySource["teams"],
  teams: ReadonlyMap<string, HierarchySource["teams"][number]>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const reported = new Set<string>();
  for (const team of list) {
    if (team.parentTeamId !== null && !teams.has(team.parentTeamId)) {
      problems.push({
        path: `hierarchy.${teamNodeId(team.id)}.parentTeamId`,
        message: `Team ${team.name}'s parent team ${team.parentTeamId} does not exist.`,
      });
      continue;
    }
    const path: string[] = [];
    let at: string | null = team.id;
    while (at !== null && !path.includes(at)) {
      path.push(at);
      at = teams.get(at)?.parentTeamId ?? null;
    }
    if (at === null || at !== team.id || reported.has(team.id)) continue;
    for (const id of path) reported.add(id);
    const names = [...path, team.id].map((id) => teams.get(id)?.name ?? id).join(" → ");
    problems.push({
      path: `hierarchy.${teamNodeId(team.id)}.parentTeamId`,
      message: `Teams form a cycle: ${names}. A team cannot be its own parent, directly or not.`,
    });
  }
  return problems;
}
