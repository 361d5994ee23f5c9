import { randomUUID } from "node:crypto";
import { type AttainDatabase, accounts, opportunities, orderLines } from "@attain/db";
import { createRevenueFixture } from "../../test-support/revenue-fixture";

/**
 * The revenue fixture's company (EUR) with five accounts whose buying history is hand-computed for an as-of date of
 * 2026-11-22 (look-back window 2025-11-23 … 2026-11-22):
 *
 * | account | industry      | employees | country | owner | window net bookings                         | orders | 2024 | 2025    | won/lost |
 * | Alpha   | Software      | 120       | DE      | Ana   | 600 + 400 + 500 − 100 = 1,400.00              | 2      | 0    | 2,000.00 | 1/0      |
 * | Beta    | Retail        | 2,500     | GB      | Ben   | GBP 1,000.00 × 1.17 = 1,170.00                | 1      | 300  | 0        | 1/1      |
 * | Gamma   | Software      | 120       | FR      | Carl  | 0                                             | 0      | 0    | 0        | 0/0      |
 * | Delta   | Manufacturing | 40        | US      | Ben   | USD 333.33 × 0.915 = 304.99695 → 305.00 (a USD line in a month without a rate is left out) | 1 | 0 | 0 | 0/1 |
 * | Epsilon | Software      | —         | FR      | Ana   | 0                                             | 0      | 0    | 0        | 0/0      |
 *
 * Beta's annual revenue GBP 10,000,000 converts at the latest rate on or before 2026-11 (GBP 2026-02: 1.17) to
 * 11,700,000.00; Delta's USD 2,000,000 at USD 2026-01 (0.915) to 1,830,000.00. A deal Beta lost on 2027-01-01 is after
 * the as-of date and not counted.
 */
export async function createSegmentationFixture(database: AttainDatabase) {
  const base = await createRevenueFixture(database);
  const { db } = database;
  const { workspaceId } = base;
  const { ana, ben } = base.people;
  const { alpha, gamma } = base.accounts;
  const account = async (values: Omit<typeof accounts.$inferInsert, "workspaceId">) => {
    const [row] = await db
      .insert(accounts)
      .values({ workspaceId, ...values })
      .returning({ id: accounts.id });
    return row!.id;
  };
  const beta = await account({
    externalId: "acc-beta",
    name: "Beta Ltd",
    industry: "Retail",
    employees: 2500,
    annualRevenue: "10000000",
    revenueCurrency: "GBP",
    countryCode: "GB",
    ownerId: ben,
  });
  const delta = await account({
    externalId: "acc-delta",
    name: "Delta Inc",
    industry: "Manufacturing",
    employees: 40,
    annualRevenue: "2000000",
    revenueCurrency: "USD",
    countryCode: "US",
    ownerId: ben,
  });
  const epsilon = await account({
    externalId: "acc-epsilon",
    name: "Epsilon SARL",
    industry: "Software",
    countryCode: "FR",
    ownerId: ana,
  });
  const line = (
    externalId: string,
    accountId: string,
    orderNumber: string,
    bookingDate: string,
    amount: string,
    currency = "EUR",
  ) => ({ workspaceId, externalId, orderNumber, accountId, ownerId: ana, bookingDate, amount, currency });
  // A fresh id per fixture: on a PostgreSQL server every test file shares one database.
  const alphaA2 = randomUUID();
  await db.insert(orderLines).values([
    line("seg-a0", alpha, "SO-A0", "2025-05-05", "2000.00"),
    line("seg-a1a", alpha, "SO-A1", "2026-03-10", "600.00"),
    line("seg-a1b", alpha, "SO-A1", "2026-03-10", "400.00"),
    { ...line("seg-a2", alpha, "SO-A2", "2026-06-01", "500.00"), id: alphaA2 },
    {
      ...line("seg-a2x", alpha, "SO-A2", "2026-07-01", "-100.00"),
      kind: "cancellation" as const,
      originalLineId: alphaA2,
    },
    line("seg-b0", beta, "SO-B0", "2024-12-01", "300.00"),
    line("seg-b1", beta, "SO-B1", "2026-02-10", "1000.00", "GBP"),
    line("seg-d1", delta, "SO-D1", "2026-01-05", "333.33", "USD"),
    line("seg-d2", delta, "SO-D2", "2026-09-01", "100.00", "USD"),
    line("seg-late", alpha, "SO-LATE", "2026-12-01", "9999.00"),
  ]);
  const deal = (externalId: string, accountId: string, status: "won" | "lost", closeDate: string) => ({
    workspaceId,
    externalId,
    name: externalId,
    accountId,
    ownerId: ben,
    stage: status === "won" ? "Closed Won" : "Closed Lost",
    status,
    forecastCategory: status === "won" ? ("closed" as const) : ("omitted" as const),
    amount: "1000.00",
    currency: "EUR",
    closeDate,
  });
  await db
    .insert(opportunities)
    .values([
      deal("seg-opp-b1", beta, "lost", "2026-05-01"),
      deal("seg-opp-b2", beta, "won", "2026-08-01"),
      deal("seg-opp-b3", beta, "lost", "2027-01-01"),
      deal("seg-opp-d1", delta, "lost", "2026-04-01"),
    ]);
  return { ...base, accounts: { alpha, beta, gamma, delta, epsilon } };
}
