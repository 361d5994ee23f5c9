import { type AttainDatabase, accounts, leads, reportingLines, teamMemberships, teams } from "@attain/db";
import { createTestWorkspace } from "../test-support/create-test-workspace";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

/**
 * The organisation the goal, evaluation, feedback and notification route tests share (today 2026-11-22, calendar
 * fiscal year): Mia manages Ann and Bob (team North, Mia a member), Olga manages Carl (team South); Ann owns the
 * account Acme and the lead L1, Carl owns Globex; sign-ins for each of them plus admin, HR, comp admin and viewer.
 */
export async function createPerformanceFixture(database: AttainDatabase) {
  const { db } = database;
  const ws = await createTestWorkspace(database, { slug: "performance", name: "Performance Co" });
  const mia = await ws.person("mia", "Mia Manager", "manager");
  const ann = await ws.person("ann", "Ann Seller", "ae");
  const bob = await ws.person("bob", "Bob Seller", "sdr");
  const olga = await ws.person("olga", "Olga Manager", "manager");
  const carl = await ws.person("carl", "Carl Seller", "ae");
  const workspaceId = ws.workspaceId;
  await db.insert(reportingLines).values(
    [
      [ann, mia],
      [bob, mia],
      [carl, olga],
    ].map(([personId, managerId]) => ({
      workspaceId,
      personId: personId!,
      managerId: managerId!,
      validFrom: "2024-01-01",
    })),
  );
  const [north, south] = await db
    .insert(teams)
    .values([
      { workspaceId, externalId: `north-${ws.tag}`, name: "North" },
      { workspaceId, externalId: `south-${ws.tag}`, name: "South" },
    ])
    .returning({ id: teams.id });
  await db.insert(teamMemberships).values(
    [
      [mia, north!.id],
      [ann, north!.id],
      [bob, north!.id],
      [olga, south!.id],
      [carl, south!.id],
    ].map(([personId, teamId]) => ({
      workspaceId,
      personId: personId!,
      teamId: teamId!,
      validFrom: "2024-01-01",
    })),
  );
  const [acme, globex] = await db
    .insert(accounts)
    .values([
      { workspaceId, externalId: `acme-${ws.tag}`, name: "Acme", ownerId: ann },
      { workspaceId, externalId: `globex-${ws.tag}`, name: "Globex", ownerId: carl },
    ])
    .returning({ id: accounts.id, externalId: accounts.externalId });
  const [lead] = await db
    .insert(leads)
    .values({
      workspaceId,
      externalId: `l1-${ws.tag}`,
      source: "events",
      createdOn: "2026-10-01",
      sdrId: ann,
    })
    .returning({ id: leads.id });
  const emails = {
    admin: await ws.user("admin", "admin", null),
    hr: await ws.user("hr", "hr", null),
    finance: await ws.user("finance", "comp_admin", null),
    viewer: await ws.user("viewer", "viewer", null),
    mia: await ws.user("mia", "manager", mia),
    olga: await ws.user("olga", "manager", olga),
    ann: await ws.user("ann", "rep", ann),
    bob: await ws.user("bob", "rep", bob),
    carl: await ws.user("carl", "rep", carl),
  };
  return {
    workspaceId,
    tag: ws.tag,
    people: { mia, ann, bob, olga, carl },
    teams: { north: north!.id, south: south!.id },
    accounts: { acme: acme!, globex: globex! },
    leadId: lead!.id,
    emails,
  };
}

export type PerformanceFixture = Awaited<ReturnType<typeof createPerformanceFixture>>;

/** One fresh database per test file holding the fixture; `signedIn(who)` gives a client at 2026-11-22. */
export const usePerformanceFixture = () =>
  useSignedInFixture(createPerformanceFixture, { today: "2026-11-22" });
