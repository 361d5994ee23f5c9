import { createTestWorkspace } from "../../test-support/create-test-workspace";
import {
  accounts,
  activities,
  type AttainDatabase,
  bookingTargets,
  exchangeRates,
  opportunities,
  opportunityStageHistory,
  pipelineSettings,
  pipelineStages,
  reportingLines,
} from "@attain/db";

type Deal = typeof opportunities.$inferInsert;
type Step = { on: string; stage: string; amount?: string; closeDate?: string };

const criteria = (requiredFields: ("amount" | "close_date")[] = [], checklist: string[] = []) => ({
  requiredFields,
  checklist,
});

/**
 * A small pipeline with hand-computed figures (pipeline.db.test.ts shows the arithmetic), "today" 2026-03-15.
 * Dan manages Mia and Carl; Mia manages Ana and Ben. EUR reporting; USD at 0.9000 (January's rate, the latest on or
 * before March), no GBP rate. Stages Discovery 10 % → Proposal 50 % (needs amount and an economic buyer) →
 * Negotiation 80 % (20 days at most; leaving needs a close date) → Won / Lost. `withStages: false` leaves the
 * workspace unconfigured, so its stages are inferred from the deals.
 */
export async function createPipelineFixture(
  database: AttainDatabase,
  options: { withStages?: boolean } = {},
) {
  const { db } = database;
  const { workspaceId, tag, person, user } = await createTestWorkspace(database, {
    slug: "pipe",
    name: "Pipe Co",
  });
  const dan = await person("dan", "Dan Director", "manager");
  const mia = await person("mia", "Mia Manager", "manager");
  const ana = await person("ana", "Ana Seller", "ae");
  const ben = await person("ben", "Ben Seller", "ae");
  const carl = await person("carl", "Carl Seller", "ae");
  await db.insert(reportingLines).values([
    { workspaceId, personId: mia, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: carl, managerId: dan, validFrom: "2024-01-01" },
    { workspaceId, personId: ana, managerId: mia, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, managerId: mia, validFrom: "2024-01-01" },
  ]);
  await db
    .insert(exchangeRates)
    .values([{ workspaceId, currency: "USD", month: "2026-01-01", rate: "0.9000" }]);
  const [alpha] = await db
    .insert(accounts)
    .values({ workspaceId, externalId: "acc-alpha", name: "Alpha GmbH", ownerId: ana, countryCode: "DE" })
    .returning({ id: accounts.id });

  if (options.withStages !== false) {
    await db.insert(pipelineStages).values([
      { workspaceId, name: "Discovery", position: 0, probability: "0.1" },
      {
        workspaceId,
        name: "Proposal",
        position: 1,
        probability: "0.5",
        forecastCategory: "best_case",
        entryCriteria: criteria(["amount"], ["economic_buyer"]),
      },
      {
        workspaceId,
        name: "Negotiation",
        position: 2,
        probability: "0.8",
        forecastCategory: "commit",
        maxDaysInStage: 20,
        exitCriteria: criteria(["close_date"]),
      },
      { workspaceId, name: "Won", position: 3, outcome: "won", probability: "1", forecastCategory: "closed" },
      {
        workspaceId,
        name: "Lost",
        position: 4,
        outcome: "lost",
        probability: "0",
        forecastCategory: "omitted",
      },
    ]);
    await db.insert(pipelineSettings).values({
      workspaceId,
      qualificationFramework: "custom",
      qualificationItems: [
        { key: "economic_buyer", label: "Economic buyer" },
        { key: "champion", label: "Champion" },
      ],
      updatedAt: new Date("2026-01-01T00:00:00Z"),
    });
  }

  const ids: Record<string, string> = {};
  const deal = async (
    key: string,
    values: Omit<Deal, "workspaceId" | "externalId" | "currency"> & { currency?: string },
    steps: Step[] = [],
    touches: string[] = [],
  ) => {
    const [row] = await db
      .insert(opportunities)
      .values({ workspaceId, externalId: `${key}-${tag}`, currency: "EUR", ...values })
      .returning({ id: opportunities.id });
    const id = row!.id;
    ids[key] = id;
    if (steps.length > 0)
      await db.insert(opportunityStageHistory).values(
        steps.map((s) => ({
          workspaceId,
          opportunityId: id,
          stage: s.stage,
          enteredAt: new Date(`${s.on}T09:00:00Z`),
          amount: s.amount ?? values.amount ?? null,
          closeDate: s.closeDate ?? values.closeDate ?? null,
          forecastCategory: values.forecastCategory ?? "pipeline",
        })),
      );
    for (const [i, on] of touches.entries())
      await db.insert(activities).values({
        workspaceId,
        externalId: `${key}-act-${i}-${tag}`,
        kind: "call",
        personId: values.ownerId ?? null,
        opportunityId: id,
        occurredAt: new Date(`${on}T15:30:00Z`),
        outcome: "connected",
      });
  };
  const healthy = { contactCount: 3 };
  await deal(
    "o1",
    {
      name: "Alpha platform",
      accountId: alpha!.id,
      ownerId: ana,
      stage: "Discovery",
      amount: "10000.00",
      closeDate: "2026-03-31",
      createdOn: "2026-03-01",
      nextStep: "Demo",
      nextStepDue: "2026-03-20",
      ...healthy,
    },
    [{ on: "2026-03-01", stage: "Discovery" }],
    ["2026-03-10"],
  );
  await deal(
    "o2",
    {
      name: "Alpha expansion",
      accountId: alpha!.id,
      ownerId: ana,
      type: "expansion",
      stage: "Proposal",
      forecastCategory: "best_case",
      amount: "20000.00",
      currency: "USD",
      closeDate: "2026-03-20",
      createdOn: "2026-01-05",
      qualification: { economic_buyer: true },
      contactCount: 1,
    },
    [
      { on: "2026-01-05", stage: "Discovery", amount: "25000.00", closeDate: "2026-02-28" },
      { on: "2026-01-20", stage: "Discovery", amount: "25000.00", closeDate: "2026-03-10" },
      { on: "2026-02-01", stage: "Proposal", amount: "20000.00", closeDate: "2026-03-20" },
    ],
    ["2026-03-01"],
  );
  await deal(
    "o3",
    {
      name: "Beta deal",
      ownerId: ben,
      stage: "Negotiation",
      forecastCategory: "commit",
      amount: "30000.00",
      closeDate: "2026-03-10",
      createdOn: "2025-12-01",
      nextStep: "Sign",
      nextStepDue: "2026-03-30",
      contactCount: 4,
      qualification: { economic_buyer: true },
    },
    [
      { on: "2025-12-01", stage: "Discovery" },
      { on: "2026-01-10", stage: "Proposal" },
      { on: "2026-02-10", stage: "Negotiation" },
    ],
    ["2026-03-14"],
  );
  await deal("o4", {
    name: "Gamma pounds",
    ownerId: carl,
    stage: "Discovery",
    amount: "5000.00",
    currency: "GBP",
    closeDate: "2026-03-25",
    createdOn: "2026-03-10",
    nextStep: "Call",
  });
  await deal("o5", {
    name: "Legacy",
    ownerId: carl,
    stage: "Prospecting",
    amount: "4000.00",
    closeDate: "2026-06-30",
    createdOn: "2025-10-01",
    nextStep: "Chase",
    contactCount: 2,
  });
  await deal(
    "o6",
    {
      name: "Won deal",
      ownerId: ana,
      stage: "Won",
      status: "won",
      forecastCategory: "closed",
      amount: "8000.00",
      closeDate: "2026-02-15",
      createdOn: "2026-01-01",
    },
    [
      { on: "2026-01-01", stage: "Discovery" },
      { on: "2026-01-15", stage: "Proposal" },
      { on: "2026-02-15", stage: "Won" },
    ],
  );
  await deal(
    "o7",
    {
      name: "Lost deal",
      ownerId: ben,
      stage: "Lost",
      status: "lost",
      forecastCategory: "omitted",
      amount: "6000.00",
      closeDate: "2026-02-20",
      createdOn: "2026-01-10",
    },
    [
      { on: "2026-01-10", stage: "Discovery" },
      { on: "2026-02-20", stage: "Lost" },
    ],
  );
  await deal(
    "o8",
    {
      name: "Won old",
      ownerId: carl,
      stage: "Won",
      status: "won",
      forecastCategory: "closed",
      amount: "12000.00",
      closeDate: "2025-11-30",
      createdOn: "2025-09-01",
    },
    [
      { on: "2025-09-01", stage: "Discovery" },
      { on: "2025-10-01", stage: "Negotiation" },
      { on: "2025-11-30", stage: "Won" },
    ],
  );
  await deal("o9", {
    name: "Refund",
    ownerId: ben,
    stage: "Discovery",
    amount: "-500.00",
    closeDate: "2026-04-15",
    createdOn: "2026-03-12",
    nextStep: "Check",
    contactCount: 2,
  });

  const targets: (typeof bookingTargets.$inferInsert)[] = [];
  for (const month of ["2026-01-01", "2026-02-01", "2026-03-01"]) {
    targets.push({ workspaceId, personId: null, month, amount: "20000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: ana, month, amount: "5000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: ben, month, amount: "4000.00", currency: "EUR" });
    targets.push({ workspaceId, personId: carl, month, amount: "3000.00", currency: "EUR" });
  }
  await db.insert(bookingTargets).values(targets);

  const emails = {
    admin: await user("admin", "admin", null),
    finance: await user("finance", "comp_admin", null),
    hr: await user("hr", "hr", null),
    marketing: await user("marketing", "marketing", null),
    viewer: await user("viewer", "viewer", null),
    dan: await user("dan", "manager", dan),
    mia: await user("mia", "manager", mia),
    ana: await user("ana", "rep", ana),
    ben: await user("ben", "rep", ben),
    carl: await user("carl", "rep", carl),
  };
  return {
    workspaceId,
    people: { dan, mia, ana, ben, carl },
    accounts: { alpha: alpha!.id },
    deals: ids,
    emails,
  };
}
