import {
  accounts,
  activities,
  type AttainDatabase,
  evaluations,
  evaluationTemplates,
  exchangeRates,
  feedbackEntries,
  leads,
  marketingTrafficDaily,
  opportunities,
  orderLines,
  people,
  salesMarketingCosts,
  selectRows,
} from "@attain/db";
import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { factColumns, type MeasureRequest, type MeasureSourceModule } from "../measure-sources/types";
import { createTestWorkspace } from "../../test-support/create-test-workspace";

/**
 * A small company for the lead, traffic, activity, people, cost, feedback and evaluation measures (reporting currency
 * EUR, today 2026-11-22), with every figure of 2026-Q1 computable by hand. The *.db.test.ts files beside the measure
 * sources spell out the arithmetic; in short:
 *
 * People: Ana AE (all along), Ben AE hired 2026-02-15 (14 of Feb's 28 days = 0.5, then March), Sam SDR left 2026-01-16
 * (last day: 16/31 = 0.5161290323), Cara CSM hired 2026-03-17 (15/31 = 0.4838709677), Mia manager (not counted).
 * Leads L1–L5 on paid_search and events; O1 won 03-10, O2 open, O3 won but closing after today, O4 won 02-15.
 * Traffic: 1,000/40 (Jan, paid), 500/10 (Feb, paid), 300/30 (Mar, events), plus days outside Q1.
 * Costs: sales 10,000 EUR (Jan) + 5,000 GBP × 1.17 (Feb); marketing 2,000 EUR paid (Jan), 333.33 GBP events (Feb,
 * 389.9961 → 390.00), 1,000 EUR no channel (Mar), 100 GBP events (Mar, no rate: left out).
 * Evaluations on a template weighted 3/3/2/1 on 1–5; order lines: two new customers (10,000 + 15,000 EUR).
 */
export async function createKpiActivityFixture(database: AttainDatabase) {
  const { db } = database;
  const workspace = await createTestWorkspace(database, { slug: "kpi-activity", name: "Activity Co" });
  const { workspaceId, tag } = workspace;
  const ana = await workspace.person("ana", "Ana Seller", "ae");
  const ben = await workspace.person("ben", "Ben Seller", "ae");
  const sam = await workspace.person("sam", "Sam Prospector", "sdr");
  const cara = await workspace.person("cara", "Cara Success", "csm");
  const mia = await workspace.person("mia", "Mia Manager", "manager");
  await db.update(people).set({ hireDate: "2026-02-15" }).where(eq(people.id, ben));
  await db.update(people).set({ leaveDate: "2026-01-16" }).where(eq(people.id, sam));
  await db.update(people).set({ hireDate: "2026-03-17" }).where(eq(people.id, cara));
  const emails = { admin: await workspace.user("admin", "admin", null) };

  await db
    .insert(exchangeRates)
    .values({ workspaceId, currency: "GBP", month: "2026-02-01", rate: "1.1700" });

  const [alpha, beta] = await db
    .insert(accounts)
    .values([
      { workspaceId, externalId: `alpha-${tag}`, name: "Alpha Ltd" },
      { workspaceId, externalId: `beta-${tag}`, name: "Beta SA" },
    ])
    .returning({ id: accounts.id });
  const deal = async (key: string, status: "open" | "won", closeDate: string) => {
    const [row] = await db
      .insert(opportunities)
      .values({
        workspaceId,
        externalId: `${key}-${tag}`,
        name: `Deal ${key}`,
        accountId: alpha!.id,
        ownerId: ana,
        stage: status === "won" ? "Closed won" : "Discovery",
        status,
        amount: "1000",
        currency: "EUR",
        createdOn: "2026-01-01",
        closeDate,
      })
      .returning({ id: opportunities.id });
    return row!.id;
  };
  const o1 = await deal("o1", "won", "2026-03-10");
  const o2 = await deal("o2", "open", "2026-06-30");
  const o3 = await deal("o3", "won", "2026-11-30");
  const o4 = await deal("o4", "won", "2026-02-15");

  const lead = (
    key: string,
    values: Partial<typeof leads.$inferInsert> & { source: string; createdOn: string },
  ) => ({
    workspaceId,
    externalId: `${key}-${tag}`,
    companyName: `Company ${key}`,
    ...values,
  });
  await db.insert(leads).values([
    lead("L1", {
      source: "paid_search",
      createdOn: "2026-01-05",
      mqlOn: "2026-01-10",
      sqlOn: "2026-02-01",
      convertedOn: "2026-02-20",
      sdrId: sam,
      ownerId: ana,
      opportunityId: o1,
      status: "converted",
    }),
    lead("L2", {
      source: "paid_search",
      createdOn: "2026-02-03",
      mqlOn: "2026-02-10",
      sqlOn: "2026-04-02",
      sdrId: sam,
      opportunityId: o2,
      status: "sql",
    }),
    lead("L3", {
      source: "events",
      createdOn: "2026-03-01",
      mqlOn: "2026-03-15",
      sqlOn: "2026-03-20",
      convertedOn: "2026-03-25",
      ownerId: ben,
      opportunityId: o3,
      status: "converted",
    }),
    lead("L4", {
      source: "events",
      createdOn: "2025-12-20",
      mqlOn: "2026-01-08",
      sqlOn: "2026-01-20",
      convertedOn: "2026-02-02",
      opportunityId: o4,
      status: "converted",
    }),
    lead("L5", { source: "paid_search", createdOn: "2026-03-30", sdrId: sam }),
  ]);

  await db.insert(marketingTrafficDaily).values([
    { workspaceId, day: "2025-12-31", channel: "paid_search", visitors: 777, sessions: 800, contacts: 7 },
    { workspaceId, day: "2026-01-10", channel: "paid_search", visitors: 1000, sessions: 1200, contacts: 40 },
    { workspaceId, day: "2026-02-11", channel: "paid_search", visitors: 500, sessions: 600, contacts: 10 },
    { workspaceId, day: "2026-03-05", channel: "events", visitors: 300, sessions: 310, contacts: 30 },
    { workspaceId, day: "2026-04-01", channel: "events", visitors: 999, sessions: 999, contacts: 99 },
  ]);

  let activityNo = 0;
  const activity = (
    personId: string | null,
    kind: "call" | "email" | "meeting",
    occurredAt: string,
    email: { opened: boolean; replied: boolean } | null = null,
  ) => ({
    workspaceId,
    externalId: `a${++activityNo}-${tag}`,
    kind,
    personId,
    accountId: alpha!.id,
    opportunityId: o1,
    occurredAt: new Date(occurredAt),
    emailOpened: email?.opened ?? null,
    emailReplied: email?.replied ?? null,
  });
  await db.insert(activities).values([
    // 2025-12-31 23:30 UTC: December, outside Q1
    activity(ana, "call", "2026-01-01T00:30:00+01:00"),
    activity(ana, "call", "2026-01-05T10:00:00Z"),
    activity(ana, "call", "2026-02-10T10:00:00Z"),
    activity(ana, "meeting", "2026-03-03T10:00:00Z"),
    activity(ana, "email", "2026-01-20T10:00:00Z", { opened: true, replied: true }),
    activity(ana, "email", "2026-03-31T23:30:00Z", { opened: true, replied: false }),
    // 2026-03-31 22:30 UTC: March
    activity(ana, "email", "2026-04-01T00:30:00+02:00", { opened: false, replied: false }),
    activity(ben, "call", "2026-03-01T09:00:00Z"),
    activity(ben, "email", "2026-03-02T09:00:00Z", { opened: false, replied: false }),
    activity(ben, "meeting", "2026-02-20T09:00:00Z"),
    activity(sam, "call", "2026-01-07T09:00:00Z"),
    activity(sam, "call", "2026-01-08T09:00:00Z"),
    activity(sam, "email", "2026-01-09T09:00:00Z", { opened: true, replied: false }),
    activity(null, "call", "2026-02-01T09:00:00Z"),
    // 2026-04-01 00:00 UTC: April
    activity(ana, "call", "2026-04-01T00:00:00Z"),
  ]);

  await db.insert(salesMarketingCosts).values([
    { workspaceId, month: "2026-01-01", category: "sales", amount: "10000.00", currency: "EUR" },
    { workspaceId, month: "2026-02-01", category: "sales", amount: "5000.00", currency: "GBP" },
    {
      workspaceId,
      month: "2026-01-01",
      category: "marketing",
      channel: "paid_search",
      amount: "2000.00",
      currency: "EUR",
    },
    {
      workspaceId,
      month: "2026-02-01",
      category: "marketing",
      channel: "events",
      amount: "333.33",
      currency: "GBP",
    },
    { workspaceId, month: "2026-03-01", category: "marketing", amount: "1000.00", currency: "EUR" },
    {
      workspaceId,
      month: "2026-03-01",
      category: "marketing",
      channel: "events",
      amount: "100.00",
      currency: "GBP",
    },
    { workspaceId, month: "2026-04-01", category: "sales", amount: "999.00", currency: "EUR" },
  ]);

  type Feedback = Omit<typeof feedbackEntries.$inferInsert, "workspaceId" | "subject">;
  const feedback = (values: Feedback) => ({
    workspaceId,
    subject: `${values.kind} ${values.receivedOn}`,
    ...values,
  });
  await db
    .insert(feedbackEntries)
    .values([
      feedback({ kind: "complaint", personId: ana, receivedOn: "2026-01-15", accountId: alpha!.id }),
      feedback({ kind: "complaint", personId: ben, receivedOn: "2026-02-15", opportunityId: o1 }),
      feedback({ kind: "complaint", personId: ana, receivedOn: "2026-05-01" }),
      feedback({ kind: "customer_feedback", personId: ana, receivedOn: "2026-01-20", rating: 5 }),
      feedback({ kind: "customer_feedback", personId: ana, receivedOn: "2026-02-20", rating: 4 }),
      feedback({ kind: "customer_feedback", personId: ben, receivedOn: "2026-03-20", rating: 2 }),
      feedback({ kind: "customer_feedback", personId: ben, receivedOn: "2026-03-21" }),
      feedback({ kind: "lead_feedback", personId: sam, receivedOn: "2026-01-11", sentiment: "negative" }),
      feedback({ kind: "lead_feedback", personId: sam, receivedOn: "2026-02-11", sentiment: "positive" }),
      feedback({ kind: "process_feedback", personId: ana, receivedOn: "2026-03-11", sentiment: "negative" }),
      feedback({ kind: "process_feedback", personId: ana, receivedOn: "2026-03-12" }),
    ]);

  const [template] = await db
    .insert(evaluationTemplates)
    .values({
      workspaceId,
      name: "Quarterly review",
      criteria: [
        { key: "motivation", label: "Motivation", description: "", weight: "3" },
        { key: "training", label: "Training", description: "", weight: "3" },
        { key: "customer_relationship", label: "Customer relationship", description: "", weight: "2" },
        { key: "product_knowledge", label: "Product knowledge", description: "", weight: "1" },
      ],
      scale: { min: 1, max: 5, labels: {} },
    })
    .returning({ id: evaluationTemplates.id });
  const evaluation = (
    personId: string,
    periodKey: string,
    periodStart: string,
    periodEnd: string,
    scores: Record<string, number>,
    status: "draft" | "submitted",
  ) => ({
    workspaceId,
    templateId: template!.id,
    personId,
    evaluatorPersonId: mia,
    periodKey,
    periodStart,
    periodEnd,
    scores,
    status,
    submittedAt: status === "submitted" ? new Date(`${periodEnd}T12:00:00Z`) : null,
  });
  const all = (m: number, t: number, c: number, p: number) => ({
    motivation: m,
    training: t,
    customer_relationship: c,
    product_knowledge: p,
  });
  await db
    .insert(evaluations)
    .values([
      evaluation(ana, "2026-Q1", "2026-01-01", "2026-04-01", all(5, 4, 3, 2), "submitted"),
      evaluation(ben, "2026-Q1", "2026-01-01", "2026-04-01", all(3, 3, 3, 3), "submitted"),
      evaluation(sam, "2026-Q1", "2026-01-01", "2026-04-01", all(1, 1, 1, 1), "draft"),
      evaluation(ana, "2025-Q4", "2025-10-01", "2026-01-01", all(5, 5, 5, 5), "submitted"),
      evaluation(ana, "2026-03", "2026-03-01", "2026-04-01", { motivation: 4, training: 5 }, "submitted"),
    ]);

  await db.insert(orderLines).values([
    {
      workspaceId,
      externalId: `ol1-${tag}`,
      orderNumber: `SO-1-${tag}`,
      bookingDate: "2026-01-15",
      accountId: alpha!.id,
      ownerId: ana,
      amount: "10000.00",
      currency: "EUR",
    },
    {
      workspaceId,
      externalId: `ol2-${tag}`,
      orderNumber: `SO-2-${tag}`,
      bookingDate: "2026-02-15",
      accountId: beta!.id,
      ownerId: ana,
      amount: "15000.00",
      currency: "EUR",
    },
  ]);

  return { workspaceId, people: { ana, ben, sam, cara, mia }, deals: { o1, o2, o3, o4 }, emails };
}

/** A 2026-Q1 request of the fixture's workspace (today 2026-11-22), narrowed as given. */
export function q1Request(workspaceId: string, narrow: Partial<MeasureRequest> = {}): MeasureRequest {
  return {
    workspaceId,
    currency: "EUR",
    fromDay: "2026-01-01",
    toDayExclusive: "2026-04-01",
    personIds: null,
    segment: null,
    productId: null,
    channel: null,
    today: "2026-11-22",
    ...narrow,
  };
}

/**
 * A source's fact rows for Q1 summed per measure (over people, channels and months), keeping the rows of `personIds`
 * and `channel` when given; also checks the SELECT's columns are exactly `factColumns`, in order, by storing the rows
 * in `kpi_monthly_facts` as the KPI core does.
 */
export async function sumQ1Facts(
  database: AttainDatabase,
  source: MeasureSourceModule,
  workspaceId: string,
  keep: {
    personIds?: string[];
    channel?: string;
    months?: { from: string; toExclusive: string } | null;
  } = {},
): Promise<Record<string, string>> {
  const months = keep.months === undefined ? { from: "2026-01-01", toExclusive: "2026-04-01" } : keep.months;
  const rows = await selectRows<Record<string, unknown>>(database.db, source.factsQuery(workspaceId, months));
  for (const row of rows) expect(Object.keys(row)).toEqual([...factColumns]);
  await database.db.execute(sql`delete from kpi_monthly_facts where workspace_id = ${workspaceId}`);
  await database.db.execute(
    sql`insert into kpi_monthly_facts (measure, month, person_id, segment, product_id, channel, value, row_count,
                                       workspace_id, source)
        select f.*, ${workspaceId}::uuid, ${source.source} from (${source.factsQuery(workspaceId, months)}) f`,
  );
  const totals = await selectRows<{ measure: string; value: string }>(
    database.db,
    sql`select measure, sum(value)::text as value from kpi_monthly_facts
        where workspace_id = ${workspaceId}
          and month >= '2026-01-01' and month < '2026-04-01'
          ${keep.personIds ? sql`and person_id = any(${`{${keep.personIds.join(",")}}`}::uuid[])` : sql``}
          ${keep.channel ? sql`and channel = ${keep.channel}` : sql``}
        group by measure order by measure`,
  );
  return Object.fromEntries(totals.map((t) => [t.measure, t.value]));
}
