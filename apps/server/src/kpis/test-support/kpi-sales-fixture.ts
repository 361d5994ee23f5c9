import {
  accounts,
  accountSegments,
  type AttainDatabase,
  bookingTargets,
  exchangeRates,
  opportunities,
  opportunityStageHistory,
  orderLines,
  people,
  pipelineStages,
  products,
  regions,
  reportingLines,
  segmentations,
  teamMemberships,
  teams,
} from "@attain/db";
import { eq } from "drizzle-orm";
import { createTestWorkspace } from "../../test-support/create-test-workspace";

/**
 * A small company for the order-line, target, deal and stage measures (EUR; GBP at 1.15 in August 2026; today
 * 2026-11-22), every 2026-Q3 figure computable by hand (kpi-sales.db.test.ts spells out the arithmetic).
 *
 * People: Mia (manager) over Ann and Bob (AEs, team North); Cid (AE, region South) reports to nobody.
 * Accounts A1 (Enterprise), A2, A3 (SMB), A4. Products: Platform (recurring), Services.
 * Deals (Q3 closes): D1 Ann won new business 1,000 EUR (created 06-01, closed 07-10); D2 Bob won expansion 500 GBP
 * (05-22 → 08-20); D3 Ann lost (created 07-15, 08-05); D4 Bob open 2,000 EUR closing 09-15 (created 08-10); D5 Cid
 * won new business 300 EUR (08-01 → 09-01).
 * Lines: L0 Bob A2 Platform 730 EUR booked 2025-08-01, service 2025-08-01..2026-07-31; L5 Cid A4 Platform 1,095 EUR
 * booked 2025-09-15, service 2025-10-01..2026-09-30; L1 Ann A1 Platform 1,000 EUR (D1) 07-10, service
 * 2026-07-10..2027-07-09, cost 400; L2 Bob A2 Platform 500 GBP (D2) 08-20, service 2026-08-20..2027-08-19;
 * L3 Ann cancels 200 EUR of L1 on 09-05; L4 Cid A3 Services 300 EUR (D5) 09-01, cost 100.
 * Targets per month of Q3: Ann 500, Bob 400, the company 3,000.
 * Stages Qualify, Propose, Negotiate (open), Won, Lost; D1 and D5 went through all three, D2 Qualify → Propose →
 * Won, D3 Qualify → Lost.
 */
export async function createKpiSalesFixture(database: AttainDatabase) {
  const { db } = database;
  const workspace = await createTestWorkspace(database, { slug: "kpi-sales", name: "Sales Co" });
  const { workspaceId, tag } = workspace;
  const mia = await workspace.person("mia", "Mia Manager", "manager");
  const ann = await workspace.person("ann", "Ann Seller", "ae");
  const bob = await workspace.person("bob", "Bob Seller", "ae");
  const cid = await workspace.person("cid", "Cid Seller", "ae");
  const [north] = await db
    .insert(teams)
    .values({ workspaceId, externalId: `north-${tag}`, name: "North" })
    .returning({ id: teams.id });
  const [south] = await db
    .insert(regions)
    .values({ workspaceId, externalId: `south-${tag}`, name: "South" })
    .returning({ id: regions.id });
  await db.update(people).set({ regionId: south!.id }).where(eq(people.id, cid));
  await db
    .insert(teamMemberships)
    .values(
      [ann, bob].map((personId) => ({ workspaceId, personId, teamId: north!.id, validFrom: "2024-01-01" })),
    );
  await db
    .insert(reportingLines)
    .values(
      [ann, bob].map((personId) => ({ workspaceId, personId, managerId: mia, validFrom: "2024-01-01" })),
    );
  const emails = {
    admin: await workspace.user("admin", "admin", null),
    manager: await workspace.user("mia", "manager", mia),
    rep: await workspace.user("ann", "rep", ann),
  };
  await db.insert(exchangeRates).values({ workspaceId, currency: "GBP", month: "2026-08-01", rate: "1.15" });

  const account = async (key: string) => {
    const [row] = await db
      .insert(accounts)
      .values({ workspaceId, externalId: `${key}-${tag}`, name: key })
      .returning({ id: accounts.id });
    return row!.id;
  };
  const a1 = await account("A1");
  const a2 = await account("A2");
  const a3 = await account("A3");
  const a4 = await account("A4");
  const [platform, services] = await db
    .insert(products)
    .values([
      { workspaceId, externalId: `platform-${tag}`, name: "Platform", recurring: true },
      { workspaceId, externalId: `services-${tag}`, name: "Services", recurring: false },
    ])
    .returning({ id: products.id });
  const [segmentation] = await db
    .insert(segmentations)
    .values({
      workspaceId,
      name: "Tier",
      kind: "rules",
      config: {},
      validFrom: "2026-01-01",
      asOf: "2026-01-01",
      currency: "EUR",
      summary: {},
    })
    .returning({ id: segmentations.id });
  await db.insert(accountSegments).values([
    { workspaceId, segmentationId: segmentation!.id, accountId: a1, segment: "Enterprise" },
    { workspaceId, segmentationId: segmentation!.id, accountId: a2, segment: "SMB" },
    { workspaceId, segmentationId: segmentation!.id, accountId: a3, segment: "SMB" },
  ]);

  await db.insert(pipelineStages).values(
    [
      ["Qualify", 1, "open", "0.2"],
      ["Propose", 2, "open", "0.5"],
      ["Negotiate", 3, "open", "0.8"],
      ["Won", 4, "won", "1"],
      ["Lost", 5, "lost", "0"],
    ].map(([name, position, outcome, probability]) => ({
      workspaceId,
      name: name as string,
      position: position as number,
      outcome: outcome as "open" | "won" | "lost",
      probability: probability as string,
    })),
  );
  const deal = async (
    key: string,
    values: Partial<typeof opportunities.$inferInsert> & { stages: string[] },
  ): Promise<string> => {
    const { stages, ...rest } = values;
    const [row] = await db
      .insert(opportunities)
      .values({
        workspaceId,
        externalId: `${key}-${tag}`,
        name: key,
        currency: "EUR",
        stage: "Qualify",
        ...rest,
      })
      .returning({ id: opportunities.id });
    const id = row!.id;
    await db.insert(opportunityStageHistory).values(
      stages.map((stage, i) => ({
        workspaceId,
        opportunityId: id,
        stage,
        enteredAt: new Date(Date.UTC(2026, 4, 1 + i * 7)),
      })),
    );
    return id;
  };
  const d1 = await deal("D1", {
    accountId: a1,
    ownerId: ann,
    type: "new_business",
    stage: "Won",
    status: "won",
    amount: "1000",
    createdOn: "2026-06-01",
    closeDate: "2026-07-10",
    stages: ["Qualify", "Propose", "Negotiate", "Won"],
  });
  const d2 = await deal("D2", {
    accountId: a2,
    ownerId: bob,
    type: "expansion",
    stage: "Won",
    status: "won",
    amount: "500",
    currency: "GBP",
    createdOn: "2026-05-22",
    closeDate: "2026-08-20",
    stages: ["Qualify", "Propose", "Won"],
  });
  await deal("D3", {
    accountId: a3,
    ownerId: ann,
    stage: "Lost",
    status: "lost",
    amount: "700",
    createdOn: "2026-07-15",
    closeDate: "2026-08-05",
    stages: ["Qualify", "Lost"],
  });
  const d4 = await deal("D4", {
    accountId: a3,
    ownerId: bob,
    stage: "Propose",
    status: "open",
    amount: "2000",
    createdOn: "2026-08-10",
    closeDate: "2026-09-15",
    stages: ["Qualify", "Propose"],
  });
  const d5 = await deal("D5", {
    accountId: a3,
    ownerId: cid,
    type: "new_business",
    stage: "Won",
    status: "won",
    amount: "300",
    createdOn: "2026-08-01",
    closeDate: "2026-09-01",
    stages: ["Qualify", "Propose", "Negotiate", "Won"],
  });

  const line = (key: string, values: Partial<typeof orderLines.$inferInsert>) => ({
    workspaceId,
    externalId: `${key}-${tag}`,
    orderNumber: `SO-${key}`,
    currency: "EUR",
    amount: "0",
    bookingDate: "2026-07-01",
    ...values,
  });
  const [, , l1] = await db
    .insert(orderLines)
    .values([
      line("L0", {
        ownerId: bob,
        accountId: a2,
        productId: platform!.id,
        amount: "730",
        bookingDate: "2025-08-01",
        serviceStart: "2025-08-01",
        serviceEnd: "2026-07-31",
      }),
      line("L5", {
        ownerId: cid,
        accountId: a4,
        productId: platform!.id,
        amount: "1095",
        bookingDate: "2025-09-15",
        serviceStart: "2025-10-01",
        serviceEnd: "2026-09-30",
      }),
      line("L1", {
        ownerId: ann,
        accountId: a1,
        opportunityId: d1,
        productId: platform!.id,
        amount: "1000",
        cost: "400",
        bookingDate: "2026-07-10",
        serviceStart: "2026-07-10",
        serviceEnd: "2027-07-09",
      }),
      line("L2", {
        ownerId: bob,
        accountId: a2,
        opportunityId: d2,
        productId: platform!.id,
        amount: "500",
        currency: "GBP",
        bookingDate: "2026-08-20",
        serviceStart: "2026-08-20",
        serviceEnd: "2027-08-19",
      }),
      line("L4", {
        ownerId: cid,
        accountId: a3,
        opportunityId: d5,
        productId: services!.id,
        amount: "300",
        cost: "100",
        bookingDate: "2026-09-01",
      }),
    ])
    .returning({ id: orderLines.id });
  await db.insert(orderLines).values(
    line("L3", {
      orderNumber: "SO-L1",
      kind: "cancellation",
      originalLineId: l1!.id,
      ownerId: ann,
      accountId: a1,
      opportunityId: d1,
      productId: platform!.id,
      amount: "-200",
      bookingDate: "2026-09-05",
      serviceStart: "2026-07-10",
      serviceEnd: "2027-07-09",
    }),
  );
  await db.insert(bookingTargets).values(
    ["2026-07-01", "2026-08-01", "2026-09-01"].flatMap((month) => [
      { workspaceId, personId: ann, month, amount: "500", currency: "EUR" },
      { workspaceId, personId: bob, month, amount: "400", currency: "EUR" },
      { workspaceId, personId: null, month, amount: "3000", currency: "EUR" },
    ]),
  );
  return {
    workspaceId,
    emails,
    people: { mia, ann, bob, cid },
    teamId: north!.id,
    regionId: south!.id,
    accounts: { a1, a2, a3, a4 },
    products: { platform: platform!.id, services: services!.id },
    deals: { d1, d2, d4, d5 },
  };
}
