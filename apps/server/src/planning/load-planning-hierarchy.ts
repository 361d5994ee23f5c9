import { eq } from "drizzle-orm";
import { type Db, regions, teamMemberships, teams } from "@attain/db";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { buildPlanningHierarchy, type PlanningHierarchy } from "./build-planning-hierarchy";
import { loadQuotaCarriers } from "./load-quota-carriers";

/**
 * The scenario's hierarchy read from the workspace's regions, teams, team memberships and quota carriers as of
 * `asOf`; a hierarchy that breaks a rule (a cycle of teams, a person in two teams on one date) is a 422 naming each.
 */
export async function loadPlanningHierarchy(
  db: Db,
  params: {
    workspaceId: string;
    companyName: string;
    measure: string;
    asOf: string;
    yearStart: string;
    yearEnd: string;
  },
): Promise<PlanningHierarchy> {
  const { workspaceId } = params;
  const [regionRows, teamRows, membershipRows, carriers] = await Promise.all([
    db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .where(eq(regions.workspaceId, workspaceId)),
    db
      .select({ id: teams.id, name: teams.name, regionId: teams.regionId, parentTeamId: teams.parentTeamId })
      .from(teams)
      .where(eq(teams.workspaceId, workspaceId)),
    db
      .select({
        personId: teamMemberships.personId,
        teamId: teamMemberships.teamId,
        validFrom: teamMemberships.validFrom,
        validTo: teamMemberships.validTo,
      })
      .from(teamMemberships)
      .where(eq(teamMemberships.workspaceId, workspaceId)),
    loadQuotaCarriers(db, params),
  ]);
  const built = buildPlanningHierarchy({
    companyName: params.companyName,
    regions: regionRows,
    teams: teamRows,
    carriers,
    memberships: membershipRows,
    asOf: params.asOf,
  });
  if (!built.ok)
    throw unprocessable(built.problems, "The hierarchy cannot be planned as it is; see `errors`.");
  return built.hierarchy;
}
