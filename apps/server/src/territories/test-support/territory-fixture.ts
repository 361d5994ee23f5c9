import { randomUUID } from "node:crypto";
import {
  accountPotentials,
  accountSegments,
  accounts,
  type AttainDatabase,
  people,
  potentialModels,
  regions,
  type Role,
  segmentations,
  teamMemberships,
  teams,
  users,
  workspaces,
} from "@attain/db";
import { hashPassword } from "../../auth/password";
import { FIXTURE_PASSWORD } from "../../test-support/revenue-fixture";

/**
 * A small field-sales company for territory tests (figures hand-computed in the tests):
 *   France (FR) → team France → Ana: Alpha 1000.00 (A), Bravo 500.00 (B); Ben: Charlie 250.50 (C)
 *   Germany (DE) → team Germany → Carl: Delta 2000.00 (A)
 *   unowned: Echo (DE, 300.00, no tier, no coordinates), Foxtrot (ES, 100.00, C) — a gap.
 * Potentials from one potential model; tiers from the "Tier" segmentation valid from 2026-01-01.
 */
export async function createTerritoryFixture(database: AttainDatabase) {
  const { db } = database;
  const tag = randomUUID().slice(0, 8);
  const [workspace] = await db
    .insert(workspaces)
    .values({ slug: `terr-${tag}`, name: "Field Co", reportingCurrency: "EUR", fiscalYearStartMonth: 1 })
    .returning();
  const workspaceId = workspace!.id;
  const [fr, de] = await db
    .insert(regions)
    .values([
      { workspaceId, externalId: "FR", name: "France", countryCode: "FR", currency: "EUR" },
      { workspaceId, externalId: "DE", name: "Germany", countryCode: "DE", currency: "EUR" },
    ])
    .returning({ id: regions.id });
  const [teamFr, teamDe] = await db
    .insert(teams)
    .values([
      { workspaceId, externalId: "T-FR", name: "Team France", regionId: fr!.id },
      { workspaceId, externalId: "T-DE", name: "Team Germany", regionId: de!.id },
    ])
    .returning({ id: teams.id });
  const person = async (externalId: string, fullName: string, jobRole: "ae" | "manager") => {
    const [row] = await db
      .insert(people)
      .values({ workspaceId, externalId, fullName, jobRole, hireDate: "2024-01-01", currency: "EUR" })
      .returning({ id: people.id });
    return row!.id;
  };
  const mia = await person("mia", "Mia Manager", "manager");
  const ana = await person("ana", "Ana Seller", "ae");
  const ben = await person("ben", "Ben Seller", "ae");
  const carl = await person("carl", "Carl Seller", "ae");
  await db.insert(teamMemberships).values([
    { workspaceId, personId: ana, teamId: teamFr!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, teamId: teamFr!.id, validFrom: "2024-01-01" },
    { workspaceId, personId: carl, teamId: teamDe!.id, validFrom: "2024-01-01" },
  ]);
  const account = async (
    externalId: string,
    name: string,
    ownerId: string | null,
    countryCode: string,
    at: [string, string] | null,
  ) => {
    const [row] = await db
      .insert(accounts)
      .values({
        workspaceId,
        externalId,
        name,
        ownerId,
        countryCode,
        industry: "Retail",
        employees: 50,
        latitude: at?.[0] ?? null,
        longitude: at?.[1] ?? null,
      })
      .returning({ id: accounts.id });
    return row!.id;
  };
  const alpha = await account("alpha", "Alpha", ana, "FR", ["48.856600", "2.352200"]);
  const bravo = await account("bravo", "Bravo", ana, "FR", ["45.764000", "4.835700"]);
  const charlie = await account("charlie", "Charlie", ben, "FR", ["43.296500", "5.369800"]);
  const delta = await account("delta", "Delta", carl, "DE", ["52.520000", "13.405000"]);
  const echo = await account("echo", "Echo", null, "DE", null);
  const foxtrot = await account("foxtrot", "Foxtrot", null, "ES", ["40.416800", "-3.703800"]);

  const [model] = await db
    .insert(potentialModels)
    .values({ workspaceId, currency: "EUR", config: {}, model: {}, accuracy: {} })
    .returning({ id: potentialModels.id });
  const potentials: [string, string][] = [
    [alpha, "1000.00"],
    [bravo, "500.00"],
    [charlie, "250.50"],
    [delta, "2000.00"],
    [echo, "300.00"],
    [foxtrot, "100.00"],
  ];
  await db.insert(accountPotentials).values(
    potentials.map(([accountId, potential]) => ({
      workspaceId,
      modelId: model!.id,
      accountId,
      potential,
      basis: "model" as const,
    })),
  );
  const [tierRun] = await db
    .insert(segmentations)
    .values({
      workspaceId,
      name: "Tier",
      kind: "tiers",
      config: {},
      validFrom: "2026-01-01",
      asOf: "2025-12-31",
      currency: "EUR",
      summary: {},
    })
    .returning({ id: segmentations.id });
  const tiers: [string, string][] = [
    [alpha, "A"],
    [bravo, "B"],
    [charlie, "C"],
    [delta, "A"],
    [foxtrot, "C"],
  ];
  await db
    .insert(accountSegments)
    .values(
      tiers.map(([accountId, segment]) => ({ workspaceId, segmentationId: tierRun!.id, accountId, segment })),
    );

  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const user = async (name: string, role: Role, personId: string | null) => {
    const email = `${name}-${tag}@field.test`;
    await db.insert(users).values({ workspaceId, email, displayName: name, role, personId, passwordHash });
    return email;
  };
  const emails = {
    admin: await user("admin", "admin", null),
    finance: await user("finance", "comp_admin", null),
    hr: await user("hr", "hr", null),
    viewer: await user("viewer", "viewer", null),
    marketing: await user("marketing", "marketing", null),
    mia: await user("mia", "manager", mia),
    ana: await user("ana", "rep", ana),
  };
  return {
    workspaceId,
    regions: { fr: fr!.id, de: de!.id },
    people: { mia, ana, ben, carl },
    accounts: { alpha, bravo, charlie, delta, echo, foxtrot },
    emails,
  };
}

export type TerritoryFixture = Awaited<ReturnType<typeof createTerritoryFixture>>;
