import { char, index, integer, numeric, pgTable, text, unique, uuid, boolean } from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { people, regions } from "./organisation";
import { workspaces } from "./workspace";

/** A customer or prospect company. */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    industry: text("industry"),
    employees: integer("employees"),
    /** Annual revenue of the company (not what it buys from us), in `revenueCurrency`. */
    annualRevenue: numeric("annual_revenue"),
    revenueCurrency: char("revenue_currency", { length: 3 }),
    yearEstablished: integer("year_established"),
    countryCode: char("country_code", { length: 2 }),
    regionId: uuid("region_id").references(() => regions.id),
    city: text("city"),
    postalCode: text("postal_code"),
    latitude: numeric("latitude", { precision: 9, scale: 6 }),
    longitude: numeric("longitude", { precision: 9, scale: 6 }),
    ownerId: uuid("owner_id").references(() => people.id),
    parentAccountId: uuid("parent_account_id"),
    /** The account's parent company by name, as CRM exports give it, until it is resolved to `parentAccountId`. */
    parentName: text("parent_name"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("accounts_external").on(t.workspaceId, t.externalId),
    index("accounts_owner").on(t.workspaceId, t.ownerId),
    index("accounts_region").on(t.workspaceId, t.regionId),
  ],
);

/** Something we sell. */
export const products = pgTable(
  "products",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    family: text("family"),
    listPrice: numeric("list_price"),
    currency: char("currency", { length: 3 }),
    /** Subscription (counts towards ARR) rather than one-off. */
    recurring: boolean("recurring").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [unique("products_external").on(t.workspaceId, t.externalId)],
);
