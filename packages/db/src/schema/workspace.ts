import { sql } from "drizzle-orm";
import {
  char,
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

/** A tenant: one company using Attain, with its fiscal calendar and reporting currency. */
export const workspaces = pgTable(
  "workspaces",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    reportingCurrency: char("reporting_currency", { length: 3 }).notNull().default("EUR"),
    /** Month (1–12) in which the fiscal year starts; 1 = calendar year. */
    fiscalYearStartMonth: integer("fiscal_year_start_month").notNull().default(1),
    /** A fiscal year is named after the calendar year in which it ends (FY2026 = Feb 2025–Jan 2026 when it starts in February) unless this is "start". */
    fiscalYearNaming: text("fiscal_year_naming").notNull().default("end"),
    createdAt: createdAt(),
  },
  (t) => [
    check("workspaces_fiscal_start_month", sql`${t.fiscalYearStartMonth} between 1 and 12`),
    check("workspaces_fiscal_naming", sql`${t.fiscalYearNaming} in ('start', 'end')`),
  ],
);

export const roles = ["admin", "comp_admin", "hr", "manager", "rep", "marketing", "viewer"] as const;
export type Role = (typeof roles)[number];

/** Someone who signs in. A user is usually linked to the person record that their data is about. */
export const users = pgTable(
  "users",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<Role>().notNull(),
    personId: uuid("person_id"),
    locale: text("locale").notNull().default("en"),
    createdAt: createdAt(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [
    unique("users_email").on(t.email),
    index("users_workspace").on(t.workspaceId),
    check(
      "users_role",
      sql`${t.role} in ('admin', 'comp_admin', 'hr', 'manager', 'rep', 'marketing', 'viewer')`,
    ),
  ],
);

/** A signed-in browser or client. The id is the SHA-256 of the cookie token, so a leaked table grants nothing. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Month-by-month conversion rate from a currency into the workspace's reporting currency. */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    currency: char("currency", { length: 3 }).notNull(),
    /** First day of the month the rate applies to. */
    month: date("month").notNull(),
    /** Units of reporting currency for one unit of `currency`. */
    rate: numeric("rate").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.currency, t.month] })],
);
