import { createTestWorkspace } from "../../test-support/create-test-workspace";
import {
  type AttainDatabase,
  bookingTargets,
  exchangeRates,
  opportunities,
  reportingLines,
} from "@attain/db";

/**
 * A small sales team for the forecast-call tests (figures in forecasts.db.test.ts). Dan heads the company; Mia and
 * Zoe manage; Ana reports to Mia, Ben to Mia until 2026-02-15 and to Zoe from then (mid-quarter), Carl and Dora to
 * Zoe. Calendar fiscal year, EUR; Carl's USD deal converts at January's 0.9 (the latest rate on or before February).
 * Ids and external ids are fresh per call, so the PostgreSQL run can share one database between test files.
 */
export async function createForecastFixture(database: AttainDatabase) {
  const { db } = database;
  const { workspaceId, tag, person, user } = await createTestWorkspace(database, {
    slug: "forecast",
    name: "Forecast Co",
  });
  const dan = await person("dan", "Dan Head", "director");
  const mia = await person("mia", "Mia Manager", "manager");
  const zoe = await person("zoe", "Zoe Manager", "manager");
  const ana = await person("ana", "Ana Rep", "ae");
  const ben = await person("ben", "Ben Rep", "ae");
  const carl = await person("carl", "Carl Rep", "ae");
  const dora = await person("dora", "Dora Rep", "ae");
  await db.insert(reportingLines).values([
    { workspaceId, personId: mia, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: zoe, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: ana, managerId: mia, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, managerId: mia, validFrom: "2024-01-01", validTo: "2026-02-15" },
    { workspaceId, personId: ben, managerId: zoe, validFrom: "2026-02-15" },
    { workspaceId, personId: carl, managerId: zoe, validFrom: "2024-01-01" },
    { workspaceId, personId: dora, managerId: zoe, validFrom: "2024-01-01" },
  ]);
  await db
    .insert(exchangeRates)
    .values([{ workspaceId, currency: "USD", month: "2026-01-01", rate: "0.9000" }]);
  let n = 0;
  const deal = (
    ownerId: string,
    values: Partial<typeof opportunities.$inferInsert> & { amount: string; closeDate: string },
  ) => ({
    workspaceId,
    externalId: `opp-${tag}-${n++}`,
    name: `Deal ${n}`,
    ownerId,
    stage: "Proposal",
    currency: "EUR",
    ...values,
  });
  await db.insert(opportunities).values([
    deal(ana, { amount: "1000.00", closeDate: "2026-02-27", forecastCategory: "commit" }),
    deal(ana, { amount: "500.00", closeDate: "2026-03-15", forecastCategory: "pipeline" }),
    deal(ana, {
      amount: "300.00",
      closeDate: "2026-01-20",
      status: "won",
      stage: "Won",
      forecastCategory: "closed",
    }),
    deal(ben, { amount: "2000.00", closeDate: "2026-03-20", forecastCategory: "best_case" }),
    deal(ben, { amount: "400.00", closeDate: "2026-03-25", forecastCategory: "commit", type: "renewal" }),
    deal(carl, { amount: "750.00", currency: "USD", closeDate: "2026-02-20", forecastCategory: "commit" }),
    deal(dora, {
      amount: "1200.00",
      closeDate: "2026-02-10",
      status: "won",
      stage: "Won",
      forecastCategory: "closed",
    }),
    deal(dora, {
      amount: "999.00",
      closeDate: "2026-02-11",
      status: "lost",
      stage: "Lost",
      forecastCategory: "omitted",
    }),
    deal(dora, { amount: "5000.00", closeDate: "2026-04-15", forecastCategory: "commit" }),
    deal(dora, { amount: "100.00", currency: "GBP", closeDate: "2026-03-10", forecastCategory: "commit" }),
  ]);
  const targets: (typeof bookingTargets.$inferInsert)[] = [];
  for (const month of ["2026-01-01", "2026-02-01", "2026-03-01"]) {
    targets.push({ workspaceId, personId: ana, month, amount: "1000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: ben, month, amount: "500.00", currency: "EUR" });
  }
  await db.insert(bookingTargets).values(targets);

  const emails = {
    admin: await user("admin", "admin", null),
    finance: await user("finance", "comp_admin", null),
    hr: await user("hr", "hr", null),
    marketing: await user("marketing", "marketing", null),
    dan: await user("dan", "manager", dan),
    mia: await user("mia", "manager", mia),
    zoe: await user("zoe", "manager", zoe),
    ana: await user("ana", "rep", ana),
    ben: await user("ben", "rep", ben),
    unlinked: await user("nobody", "rep", null),
  };
  return { workspaceId, people: { dan, mia, zoe, ana, ben, carl, dora }, emails };
}
