import {
  type AttainDatabase,
  opportunities,
  orderLines,
  people,
  regions,
  reportingLines,
  teamMemberships,
  teams,
} from "@attain/db";
import { createRevenueFixture } from "../../test-support/revenue-fixture";

/**
 * The revenue fixture's company (Acme Software, EUR, calendar fiscal year) organised for planning FY2028:
 * region North → Team Mia → Ana; region South → Team Zoe → Ben, Carl and Dora (an AE hired on 2028-03-01).
 * FY2027 net bookings, every month: Ana half, Ben and Carl a quarter each of the company's
 * 60k, 60k, 120k | 60k, 60k, 120k | 60k, 60k, 120k | 120k, 120k, 240k = 1,200,000 — so the learnt seasonality is
 * 0.05, 0.05, 0.1 (×3), 0.1, 0.1, 0.2, and history is Ana 600,000, Ben 300,000, Carl 300,000, Dora 0.
 * Open pipeline closing in FY2028: Ben 100,000.
 */
export async function createPlanningFixture(database: AttainDatabase) {
  const base = await createRevenueFixture(database);
  const { db } = database;
  const { workspaceId } = base;
  const { ana, ben, carl, zoe, mia } = base.people;
  const [north, south] = await db
    .insert(regions)
    .values([
      { workspaceId, externalId: "north", name: "North", currency: "EUR" },
      { workspaceId, externalId: "south", name: "South", currency: "EUR" },
    ])
    .returning({ id: regions.id });
  const [teamMia, teamZoe] = await db
    .insert(teams)
    .values([
      { workspaceId, externalId: "team-mia", name: "Team Mia", regionId: north!.id },
      { workspaceId, externalId: "team-zoe", name: "Team Zoe", regionId: south!.id },
    ])
    .returning({ id: teams.id });
  const [doraRow] = await db
    .insert(people)
    .values({
      workspaceId,
      externalId: "dora",
      fullName: "Dora Newhire",
      jobRole: "ae",
      hireDate: "2028-03-01",
    })
    .returning({ id: people.id });
  const dora = doraRow!.id;
  await db
    .insert(reportingLines)
    .values({ workspaceId, personId: dora, managerId: zoe, validFrom: "2028-03-01" });
  await db.insert(teamMemberships).values([
    { workspaceId, personId: mia, teamId: teamMia!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: ana, teamId: teamMia!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, teamId: teamMia!.id, validFrom: "2024-01-01", validTo: "2026-02-01" },
    { workspaceId, personId: ben, teamId: teamZoe!.id, validFrom: "2026-02-01" },
    { workspaceId, personId: carl, teamId: teamZoe!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: zoe, teamId: teamZoe!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: dora, teamId: teamZoe!.id, validFrom: "2028-03-01" },
  ]);
  const company = [60, 60, 120, 60, 60, 120, 60, 60, 120, 120, 120, 240];
  const lines = company.flatMap((thousands, i) => {
    const month = String(i + 1).padStart(2, "0");
    const share = (owner: string, key: string, fraction: number) => ({
      workspaceId,
      externalId: `fy27-${key}-${month}`,
      orderNumber: `SO-27-${key}-${month}`,
      ownerId: owner,
      bookingDate: `2027-${month}-15`,
      amount: `${thousands * 1000 * fraction}.00`,
      currency: "EUR",
    });
    return [share(ana, "ana", 0.5), share(ben, "ben", 0.25), share(carl, "carl", 0.25)];
  });
  await db.insert(orderLines).values(lines);
  await db.insert(opportunities).values({
    workspaceId,
    externalId: "opp-ben-28",
    name: "Ben's big one",
    ownerId: ben,
    stage: "Propose",
    amount: "100000.00",
    currency: "EUR",
    closeDate: "2028-06-30",
  });
  return {
    ...base,
    people: { ...base.people, dora },
    regions: { north: north!.id, south: south!.id },
    teams: { mia: teamMia!.id, zoe: teamZoe!.id },
  };
}

export type PlanningFixture = Awaited<ReturnType<typeof createPlanningFixture>>;
