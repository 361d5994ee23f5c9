import { randomUUID } from "node:crypto";
import {
  accounts,
  type AttainDatabase,
  opportunities,
  bookingTargets,
  exchangeRates,
  orderLines,
  people,
  reportingLines,
  users,
  workspaces,
  type Role,
} from "@attain/db";
import { hashPassword } from "../auth/password";

export const FIXTURE_PASSWORD = "correct horse battery";

/**
 * A small company with hand-computed figures (see revenue.db.test.ts for the arithmetic):
 * Dan directs managers Mia and Zoe; Ana reports to Mia; Ben reported to Mia until 2026-02-01, then to Zoe; Carl to Zoe.
 * Reporting currency EUR; GBP and USD lines converted at the month's rate.
 */
export async function createRevenueFixture(database: AttainDatabase) {
  const { db } = database;
  const tag = randomUUID().slice(0, 8);
  const [workspace] = await db
    .insert(workspaces)
    .values({ slug: `acme-${tag}`, name: "Acme Software", reportingCurrency: "EUR", fiscalYearStartMonth: 1 })
    .returning();
  const workspaceId = workspace!.id;
  const person = async (externalId: string, fullName: string, jobRole: "ae" | "manager" | "director") => {
    const [row] = await db
      .insert(people)
      .values({ workspaceId, externalId, fullName, jobRole, hireDate: "2024-01-01", currency: "EUR" })
      .returning({ id: people.id });
    return row!.id;
  };
  const dan = await person("dan", "Dan Director", "director");
  const mia = await person("mia", "Mia Manager", "manager");
  const zoe = await person("zoe", "Zoe Manager", "manager");
  const ana = await person("ana", "Ana Seller", "ae");
  const ben = await person("ben", "Ben Seller", "ae");
  const carl = await person("carl", "Carl Seller", "ae");

  await db.insert(reportingLines).values([
    { workspaceId, personId: mia, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: zoe, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: ana, managerId: mia, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, managerId: mia, validFrom: "2024-01-01", validTo: "2026-02-01" },
    { workspaceId, personId: ben, managerId: zoe, validFrom: "2026-02-01" },
    { workspaceId, personId: carl, managerId: zoe, validFrom: "2024-01-01" },
  ]);

  await db.insert(exchangeRates).values([
    { workspaceId, currency: "GBP", month: "2026-02-01", rate: "1.1700" },
    { workspaceId, currency: "USD", month: "2026-01-01", rate: "0.9150" },
  ]);

  const gbpLineId = randomUUID();
  const line = (
    externalId: string,
    ownerId: string,
    bookingDate: string,
    amount: string,
    currency = "EUR",
  ) => ({
    workspaceId,
    externalId,
    orderNumber: `SO-${externalId}`,
    ownerId,
    bookingDate,
    amount,
    currency,
  });
  await db.insert(orderLines).values([
    line("a0", ana, "2025-12-31", "999.00"),
    line("a1", ana, "2026-01-10", "1200.50"),
    line("a2", ana, "2026-01-20", "799.50"),
    { ...line("a3", ana, "2026-02-05", "1000.00", "GBP"), id: gbpLineId },
    {
      ...line("a4", ana, "2026-02-25", "-250.00", "GBP"),
      kind: "cancellation" as const,
      originalLineId: gbpLineId,
    },
    line("b1", ben, "2026-01-15", "333.33", "USD"),
    line("b2", ben, "2026-03-01", "500.00"),
    { ...line("c1", carl, "2026-02-10", "3000.00"), serviceStart: "2026-02-10", serviceEnd: "2027-02-09" },
  ]);

  const targets = [] as (typeof bookingTargets.$inferInsert)[];
  for (const month of ["2026-01-01", "2026-02-01", "2026-03-01"]) {
    targets.push({ workspaceId, personId: ana, month, amount: "2000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: ben, month, amount: "1000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: carl, month, amount: "3000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: null, month, amount: "6500.00", currency: "EUR" });
  }
  await db.insert(bookingTargets).values(targets);

  const account = async (externalId: string, name: string, ownerId: string, countryCode: string) => {
    const [row] = await db
      .insert(accounts)
      .values({ workspaceId, externalId, name, ownerId, countryCode, industry: "Software", employees: 120 })
      .returning({ id: accounts.id });
    return row!.id;
  };
  const alpha = await account("acc-alpha", "Alpha GmbH", ana, "DE");
  const gamma = await account("acc-gamma", "Gamma 100% SA", carl, "FR");
  await db.insert(opportunities).values([
    {
      workspaceId,
      externalId: "opp-1",
      name: "Alpha platform",
      accountId: alpha,
      ownerId: ana,
      stage: "Negotiate",
      amount: "12000.00",
      currency: "EUR",
      closeDate: "2026-04-30",
    },
    {
      workspaceId,
      externalId: "opp-2",
      name: "Alpha renewal",
      accountId: alpha,
      ownerId: ana,
      type: "renewal",
      stage: "Closed Won",
      status: "won",
      forecastCategory: "closed",
      amount: "5000.00",
      currency: "EUR",
      closeDate: "2026-01-20",
    },
    {
      workspaceId,
      externalId: "opp-3",
      name: "Gamma pilot",
      accountId: gamma,
      ownerId: carl,
      stage: "Qualify",
      amount: "3000.00",
      currency: "EUR",
      closeDate: "2026-06-30",
    },
  ]);

  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const user = async (name: string, role: Role, personId: string | null) => {
    const email = `${name}-${tag}@acme.test`;
    await db.insert(users).values({ workspaceId, email, displayName: name, role, personId, passwordHash });
    return email;
  };
  const emails = {
    admin: await user("admin", "admin", null),
    finance: await user("finance", "comp_admin", null),
    hr: await user("hr", "hr", null),
    marketing: await user("marketing", "marketing", null),
    viewer: await user("viewer", "viewer", null),
    dan: await user("dan", "manager", dan),
    mia: await user("mia", "manager", mia),
    zoe: await user("zoe", "manager", zoe),
    ana: await user("ana", "rep", ana),
    ben: await user("ben", "rep", ben),
    carl: await user("carl", "rep", carl),
    unlinkedRep: await user("nobody", "rep", null),
  };
  return { workspaceId, people: { dan, mia, zoe, ana, ben, carl }, accounts: { alpha, gamma }, emails };
}
