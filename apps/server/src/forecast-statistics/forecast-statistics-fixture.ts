import { createTestWorkspace } from "../test-support/create-test-workspace";
import {
  type AttainDatabase,
  exchangeRates,
  forecastPeriods,
  opportunities,
  opportunityStageHistory,
  pipelineStages,
  reportingLines,
} from "@attain/db";

export { FIXTURE_PASSWORD } from "../test-support/revenue-fixture";

/**
 * Mia manages Ana and Ben. Stages Qualify 0.20, Propose 0.50, Won, Lost; Q1 2026 as the period; today 2026-02-14.
 * Open deals (no model: stage default × close date in the period):
 *   Ana A1 Propose 10000.00 EUR closes 02-20 → 0.5 × 1 = 5000.00
 *   Ana A2 Qualify 333.33 USD closes 03-10 (Jan rate 0.9150, the latest on or before March) = 305.00 → × 0.2 = 61.00
 *   Ben B1 Propose 2000.00 closes 05-10 (after the period) → 0
 *   Ben B2 Qualify 1500.00 expansion closes 03-01 → 300.00
 *   Ben B3 −100.00 (left out: negative), Ben B4 500.00 GBP with no rate (left out: no rate)
 * Won in the period: Ana W1 1200.50 on 01-15. Total 1200.50 + 5000.00 + 61.00 + 0 + 300.00 = 6561.50.
 * With `history`, 60 closed deals in 2025 (salted) give the model something to learn from.
 */
export async function createForecastStatisticsFixture(
  database: AttainDatabase,
  options: { history?: boolean } = {},
) {
  const { db } = database;
  const { workspaceId, tag, person, user } = await createTestWorkspace(database, {
    slug: "stats",
    name: "Stats Ltd",
  });
  const mia = await person("mia", "Mia Manager", "manager");
  const ana = await person("ana", "Ana Seller", "ae");
  const ben = await person("ben", "Ben Seller", "ae");
  await db.insert(reportingLines).values([
    { workspaceId, personId: ana, managerId: mia, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, managerId: mia, validFrom: "2024-01-01" },
  ]);
  await db
    .insert(exchangeRates)
    .values([{ workspaceId, currency: "USD", month: "2026-01-01", rate: "0.9150" }]);
  const stage = (name: string, position: number, outcome: "open" | "won" | "lost", probability: string) => ({
    workspaceId,
    name,
    position,
    outcome,
    probability,
  });
  await db
    .insert(pipelineStages)
    .values([
      stage("Qualify", 0, "open", "0.20"),
      stage("Propose", 1, "open", "0.50"),
      stage("Won", 2, "won", "1"),
      stage("Lost", 3, "lost", "0"),
    ]);
  const [period] = await db
    .insert(forecastPeriods)
    .values({ workspaceId, label: "FY2026 Q1", startsOn: "2026-01-01", endsOn: "2026-03-31" })
    .returning({ id: forecastPeriods.id });

  const deal = (
    externalId: string,
    ownerId: string,
    values: Partial<typeof opportunities.$inferInsert>,
  ): typeof opportunities.$inferInsert => ({
    workspaceId,
    externalId: `${externalId}-${tag}`,
    name: externalId,
    ownerId,
    stage: "Qualify",
    currency: "EUR",
    createdOn: "2026-01-05",
    ...values,
  });
  await db.insert(opportunities).values([
    deal("A1", ana, { stage: "Propose", amount: "10000.00", closeDate: "2026-02-20" }),
    deal("A2", ana, { amount: "333.33", currency: "USD", closeDate: "2026-03-10" }),
    deal("B1", ben, { stage: "Propose", amount: "2000.00", closeDate: "2026-05-10" }),
    deal("B2", ben, { amount: "1500.00", type: "expansion", closeDate: "2026-03-01" }),
    deal("B3", ben, { amount: "-100.00", closeDate: "2026-03-01" }),
    deal("B4", ben, { amount: "500.00", currency: "GBP", closeDate: "2026-03-01" }),
    deal("W1", ana, {
      stage: "Won",
      status: "won",
      forecastCategory: "closed",
      amount: "1200.50",
      closeDate: "2026-01-15",
    }),
  ]);
  if (options.history) await insertHistory(database, { workspaceId, tag, owners: [ana, ben] });

  const emails = {
    admin: await user("admin", "admin", null),
    finance: await user("finance", "comp_admin", null),
    marketing: await user("marketing", "marketing", null),
    mia: await user("mia", "manager", mia),
    ana: await user("ana", "rep", ana),
  };
  return { workspaceId, periodId: period!.id, people: { mia, ana, ben }, emails };
}

/**
 * 60 deals closed in 2025, one a week: each entered Qualify on its creation day and, for two in three, Propose 20
 * days later; those that reached Propose are won three times in four, the others lost.
 */
async function insertHistory(
  database: AttainDatabase,
  params: { workspaceId: string; tag: string; owners: string[] },
) {
  const { db } = database;
  for (let i = 0; i < 60; i++) {
    const created = new Date(Date.UTC(2025, 0, 1 + i * 5));
    const day = (offset: number) => new Date(created.getTime() + offset * 86_400_000);
    const proposed = i % 3 !== 0;
    const won = proposed ? i % 4 !== 1 : i % 6 === 3;
    const closeOn = day(proposed ? 45 : 30);
    const [row] = await db
      .insert(opportunities)
      .values({
        workspaceId: params.workspaceId,
        externalId: `H${i}-${params.tag}`,
        name: `History ${i}`,
        ownerId: params.owners[i % 2] as string,
        stage: won ? "Won" : "Lost",
        status: won ? "won" : "lost",
        forecastCategory: won ? "closed" : "omitted",
        amount: String(1000 + i * 10),
        currency: "EUR",
        createdOn: created.toISOString().slice(0, 10),
        closeDate: closeOn.toISOString().slice(0, 10),
      })
      .returning({ id: opportunities.id });
    const history = [{ stage: "Qualify", enteredAt: created }];
    if (proposed) history.push({ stage: "Propose", enteredAt: day(20) });
    history.push({ stage: won ? "Won" : "Lost", enteredAt: closeOn });
    await db
      .insert(opportunityStageHistory)
      .values(
        history.map((entry) => ({ workspaceId: params.workspaceId, opportunityId: row!.id, ...entry })),
      );
  }
}
