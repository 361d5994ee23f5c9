import { and, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import { type Db, people, regions, teamMemberships, teams } from "@attain/db";

export type CostCentre = { costCentre: string; region: string };

/**
 * The cost centre each person's commission is booked to on `asOf`: their team that day (team_memberships), else their
 * region, else "unassigned". The region column is the person's region name ("" when none).
 */
export async function loadCostCentres(
  db: Db,
  params: { workspaceId: string; personIds: string[]; asOf: string },
): Promise<Map<string, CostCentre>> {
  const centres = new Map<string, CostCentre>();
  if (params.personIds.length === 0) return centres;
  const regionRows = await db
    .select({ personId: people.id, region: regions.name })
    .from(people)
    .leftJoin(regions, eq(regions.id, people.regionId))
    .where(and(eq(people.workspaceId, params.workspaceId), inArray(people.id, params.personIds)));
  const teamRows = await db
    .select({ personId: teamMemberships.personId, team: teams.name })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(
      and(
        eq(teamMemberships.workspaceId, params.workspaceId),
        inArray(teamMemberships.personId, params.personIds),
        lte(teamMemberships.validFrom, params.asOf),
        or(isNull(teamMemberships.validTo), gt(teamMemberships.validTo, params.asOf)),
      ),
    );
  for (const row of regionRows) {
    const team = teamRows
      .filter((t) => t.personId === row.personId)
      .map((t) => t.team)
      .sort()[0];
    centres.set(row.personId, { costCentre: team ?? row.region ?? "unassigned", region: row.region ?? "" });
  }
  return centres;
}
