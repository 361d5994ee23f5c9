import { sql } from "drizzle-orm";
import {
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { accounts, products } from "./customers";
import { people } from "./organisation";
import { workspaces } from "./workspace";

export const opportunityTypes = ["new_business", "expansion", "renewal"] as const;
export type OpportunityType = (typeof opportunityTypes)[number];
export const forecastCategories = ["pipeline", "best_case", "commit", "closed", "omitted"] as const;
export type ForecastCategory = (typeof forecastCategories)[number];
export const opportunityStatuses = ["open", "won", "lost"] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

/** A deal being worked. `stage` is the workspace's own stage name; `status` says whether it is still open. */
export const opportunities = pgTable(
  "opportunities",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    accountId: uuid("account_id").references(() => accounts.id),
    ownerId: uuid("owner_id").references(() => people.id),
    productId: uuid("product_id").references(() => products.id),
    type: text("type").$type<OpportunityType>().notNull().default("new_business"),
    source: text("source"),
    stage: text("stage").notNull(),
    status: text("status").$type<OpportunityStatus>().notNull().default("open"),
    forecastCategory: text("forecast_category").$type<ForecastCategory>().notNull().default("pipeline"),
    amount: numeric("amount"),
    currency: char("currency", { length: 3 }).notNull(),
    createdOn: date("created_on"),
    closeDate: date("close_date"),
    /** Lead this deal came from, when marketing sourced it. */
    leadId: uuid("lead_id"),
    /** What the seller does next, and by when: a deal without one is flagged. */
    nextStep: text("next_step"),
    nextStepDue: date("next_step_due"),
    /** Qualification checklist (keys of `pipeline_settings.qualification_items`) → checked. */
    qualification: jsonb("qualification").$type<Record<string, boolean>>().notNull().default({}),
    /** Contacts engaged on the buyer's side: a deal with one contact is single-threaded and flagged. */
    contactCount: integer("contact_count"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("opportunities_external").on(t.workspaceId, t.externalId),
    index("opportunities_owner_close").on(t.workspaceId, t.ownerId, t.closeDate),
    index("opportunities_account").on(t.workspaceId, t.accountId),
    // KPI facts are refreshed by (workspace, month) of close and of creation (decision 012).
    index("opportunities_close").on(t.workspaceId, t.closeDate),
    index("opportunities_created").on(t.workspaceId, t.createdOn),
    check("opportunities_type", sql`${t.type} in ('new_business', 'expansion', 'renewal')`),
    check("opportunities_status", sql`${t.status} in ('open', 'won', 'lost')`),
    check(
      "opportunities_forecast_category",
      sql`${t.forecastCategory} in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')`,
    ),
  ],
);

/**
 * A row per change of stage, amount, close date or forecast category (like Salesforce's OpportunityHistory), with
 * the deal's values after the change: the raw material of velocity, conversion, pushed and cut-amount flags.
 */
export const opportunityStageHistory = pgTable(
  "opportunity_stage_history",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    opportunityId: uuid("opportunity_id")
      .notNull()
      .references(() => opportunities.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    amount: numeric("amount"),
    closeDate: date("close_date"),
    forecastCategory: text("forecast_category").$type<ForecastCategory>(),
  },
  (t) => [
    index("stage_history_opportunity").on(t.workspaceId, t.opportunityId, t.enteredAt),
    // The cascade when a deal is deleted looks rows up by deal alone.
    index("stage_history_by_opportunity").on(t.opportunityId),
  ],
);

export const orderLineKinds = ["booking", "cancellation", "return"] as const;
export type OrderLineKind = (typeof orderLineKinds)[number];

/**
 * A booked order line. Cancellations and returns are lines of their own with a negative amount that point at
 * the line they reverse, so history is never rewritten and every figure can be traced.
 *
 * A high-volume fact table: no foreign keys (their per-row checks and row locks were a third of an import's time);
 * the writers resolve every reference within the workspace instead. See docs/decisions/004-fact-table-constraints.md.
 */
export const orderLines = pgTable(
  "order_lines",
  {
    id: id(),
    workspaceId: workspaceId(),
    externalId: text("external_id").notNull(),
    orderNumber: text("order_number").notNull(),
    kind: text("kind").$type<OrderLineKind>().notNull().default("booking"),
    originalLineId: uuid("original_line_id"),
    bookingDate: date("booking_date").notNull(),
    accountId: uuid("account_id"),
    opportunityId: uuid("opportunity_id"),
    productId: uuid("product_id"),
    /** The person credited with the booking (the opportunity owner at close, unless reassigned). */
    ownerId: uuid("owner_id"),
    quantity: numeric("quantity").notNull().default("1"),
    unitPrice: numeric("unit_price"),
    /** The period the line pays for (a subscription's billing period, a service's delivery month), when known. */
    serviceStart: date("service_start"),
    serviceEnd: date("service_end"),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** Cost of the line, when known: margin = amount − cost. */
    cost: numeric("cost"),
    /** Cash received for the line (for commission-on-payment plans) and when. */
    paidAmount: numeric("paid_amount"),
    paidOn: date("paid_on"),
    /** Any other imported numeric measure by name (decimal strings), e.g. { "arr": "12000.00" }. */
    measures: jsonb("measures").$type<Record<string, string>>(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("order_lines_external").on(t.workspaceId, t.externalId),
    index("order_lines_owner_date").on(t.workspaceId, t.ownerId, t.bookingDate),
    index("order_lines_date").on(t.workspaceId, t.bookingDate),
    // An account's first booking (new customers, decision 012) and the lines in service on a day (ARR): only lines
    // with a service period, and for ARR only those still in service, are read.
    index("order_lines_account_date").on(t.workspaceId, t.accountId, t.bookingDate),
    index("order_lines_in_service")
      .on(t.workspaceId, t.serviceEnd, t.serviceStart)
      .where(sql`${t.serviceStart} is not null`),
    // Most lines are bookings (no original line): leaving them out keeps this index small and cheap to write.
    index("order_lines_original")
      .on(t.workspaceId, t.originalLineId)
      .where(sql`${t.originalLineId} is not null`),
    check("order_lines_kind", sql`${t.kind} in ('booking', 'cancellation', 'return')`),
    check("order_lines_reversal_has_original", sql`${t.kind} = 'booking' or ${t.originalLineId} is not null`),
    check(
      "order_lines_service_period",
      sql`${t.serviceStart} is null or ${t.serviceEnd} is null or ${t.serviceEnd} >= ${t.serviceStart}`,
    ),
  ],
);

/** Monthly bookings target for a person (or the company when `personId` is null), in `currency`. */
export const bookingTargets = pgTable(
  "booking_targets",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    month: date("month").notNull(),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /**
     * "import" (or typed in), or "planning": written by publishing a quota plan, already ramped and prorated, so a
     * calculation run takes it as it is (apps/server/src/compensation/calculation/adjust-quotas.ts).
     */
    source: text("source").notNull().default("import"),
  },
  (t) => [
    // NULLS NOT DISTINCT: one company-level target (person_id null) per month, too.
    unique("booking_targets_person_month").on(t.workspaceId, t.personId, t.month).nullsNotDistinct(),
    check("booking_targets_first_of_month", sql`extract(day from ${t.month}) = 1`),
  ],
);
