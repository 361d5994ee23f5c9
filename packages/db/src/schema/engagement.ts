import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { accounts } from "./customers";
import { people } from "./organisation";
import { opportunities } from "./pipeline";
import { workspaces } from "./workspace";

export const activityKinds = ["call", "email", "meeting"] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** A call, email or meeting by a person with an account, a deal or a lead. */
export const activities = pgTable(
  "activities",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    kind: text("kind").$type<ActivityKind>().notNull(),
    personId: uuid("person_id").references(() => people.id),
    accountId: uuid("account_id").references(() => accounts.id),
    opportunityId: uuid("opportunity_id").references(() => opportunities.id),
    leadId: uuid("lead_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes"),
    /** For emails: whether the recipient opened it and replied. Null for calls and meetings. */
    emailOpened: boolean("email_opened"),
    emailReplied: boolean("email_replied"),
    outcome: text("outcome"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("activities_external").on(t.workspaceId, t.externalId),
    index("activities_person_time").on(t.workspaceId, t.personId, t.occurredAt),
    // A deal's activities (last activity, timeline) and the cascade when a deal is deleted.
    index("activities_opportunity").on(t.opportunityId, t.occurredAt),
    check("activities_kind", sql`${t.kind} in ('call', 'email', 'meeting')`),
  ],
);

export const leadStatuses = [
  "new",
  "working",
  "nurturing",
  "mql",
  "sql",
  "converted",
  "disqualified",
] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** A marketing lead and the dates it crossed each step of the funnel. */
export const leads = pgTable(
  "leads",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    companyName: text("company_name"),
    /** Channel the lead came through: organic_search, paid_search, social, referral, direct, email, events, abm, … */
    source: text("source").notNull(),
    campaign: text("campaign"),
    landingPage: text("landing_page"),
    status: text("status").$type<LeadStatus>().notNull().default("new"),
    businessSegment: text("business_segment"),
    leadType: text("lead_type"),
    countryCode: text("country_code"),
    createdOn: date("created_on").notNull(),
    mqlOn: date("mql_on"),
    firstContactAt: timestamp("first_contact_at", { withTimezone: true }),
    sqlOn: date("sql_on"),
    convertedOn: date("converted_on"),
    disqualifiedOn: date("disqualified_on"),
    /** The SDR who qualified the lead and the seller (SR/AE) who took it over. */
    sdrId: uuid("sdr_id").references(() => people.id),
    ownerId: uuid("owner_id").references(() => people.id),
    accountId: uuid("account_id").references(() => accounts.id),
    opportunityId: uuid("opportunity_id"),
    /** Declared monthly revenue, catalogue size, etc. as given by the source system. */
    declaredMonthlyRevenue: numeric("declared_monthly_revenue"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("leads_external").on(t.workspaceId, t.externalId),
    index("leads_created").on(t.workspaceId, t.createdOn),
    index("leads_source").on(t.workspaceId, t.source),
    // A deal's change marks its leads' cohort months stale (KPI triggers, decision 012).
    index("leads_opportunity").on(t.workspaceId, t.opportunityId).where(sql`${t.opportunityId} is not null`),
    check(
      "leads_status",
      sql`${t.status} in ('new', 'working', 'nurturing', 'mql', 'sql', 'converted', 'disqualified')`,
    ),
  ],
);

/** Website visitors per day and channel, and how many of them became contacts (form fills). */
export const marketingTrafficDaily = pgTable(
  "marketing_traffic_daily",
  {
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    channel: text("channel").notNull(),
    visitors: integer("visitors").notNull(),
    sessions: integer("sessions").notNull(),
    contacts: integer("contacts").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.day, t.channel] }),
    check("traffic_non_negative", sql`${t.visitors} >= 0 and ${t.sessions} >= 0 and ${t.contacts} >= 0`),
  ],
);
