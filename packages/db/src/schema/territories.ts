import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

/**
 * Segmentation, account potential and territory design (docs/territories.md, decision 010).
 *
 * A segmentation is a named, effective-dated run of one rule set, tiering, RFM scoring or clustering: the account's
 * segment under a name on a date is the one of the run with that name and the latest `valid_from` on or before it.
 * A territory plan is a scenario of the territory hierarchy (territories with their rules, account assignments and
 * owners); publishing one makes it the plan of record from its `effective_from` date and writes the effective-dated
 * account → territory → owner history that ownership, crediting, routing and quota transfers read. Plan rows are
 * rewritten in bulk per plan, so territory, assignment and owner rows carry no foreign keys to accounts or people
 * (decision 004); `key` names a territory across plans (copies keep it).
 */

export const segmentationKinds = ["rules", "tiers", "rfm", "clusters"] as const;
export type SegmentationKind = (typeof segmentationKinds)[number];

export const segmentations = pgTable(
  "segmentations",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    /** "Tier", "Industry segment", "Clusters"…; runs of the same name form its effective-dated history. */
    name: text("name").notNull(),
    kind: text("kind").$type<SegmentationKind>().notNull(),
    /** The engine's SegmentationConfig, validated before it is stored. */
    config: jsonb("config").notNull(),
    validFrom: date("valid_from").notNull(),
    /** Buying history was read up to this date. */
    asOf: date("as_of").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** Profiles, cluster summary and warnings of the run, as the engine returned them. */
    summary: jsonb("summary").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("segmentations_name_from").on(t.workspaceId, t.name, t.validFrom),
    check("segmentations_kind", sql`${t.kind} in ('rules', 'tiers', 'rfm', 'clusters')`),
  ],
);

export const accountSegments = pgTable(
  "account_segments",
  {
    workspaceId: workspaceId(),
    segmentationId: uuid("segmentation_id")
      .notNull()
      .references(() => segmentations.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").notNull(),
    /** null = not segmented (no rule matched, a clustering feature missing). */
    segment: text("segment"),
    trace: jsonb("trace").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.segmentationId, t.accountId] }),
    index("account_segments_account").on(t.workspaceId, t.accountId),
  ],
);

/** A fitted account-potential model: its configuration, coefficients and held-out accuracy. The latest is in force. */
export const potentialModels = pgTable("potential_models", {
  id: id(),
  workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
  currency: char("currency", { length: 3 }).notNull(),
  config: jsonb("config").notNull(),
  model: jsonb("model").notNull(),
  accuracy: jsonb("accuracy").notNull(),
  warnings: jsonb("warnings").notNull().default(sql`'[]'::jsonb`),
  createdBy: uuid("created_by"),
  createdAt: createdAt(),
});

export const accountPotentials = pgTable(
  "account_potentials",
  {
    workspaceId: workspaceId(),
    modelId: uuid("model_id")
      .notNull()
      .references(() => potentialModels.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").notNull(),
    potential: numeric("potential").notNull(),
    predicted: numeric("predicted"),
    actual: numeric("actual"),
    basis: text("basis").$type<"model" | "own history" | "peer median">().notNull(),
    trace: jsonb("trace").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.accountId] }),
    index("account_potentials_account").on(t.workspaceId, t.accountId),
    check("account_potentials_non_negative", sql`${t.potential} >= 0`),
  ],
);

export const territoryPlanStatuses = ["draft", "published", "archived"] as const;
export type TerritoryPlanStatus = (typeof territoryPlanStatuses)[number];

/** Visit frequency by tier, optimiser weights and the segmentation whose segments are the tiers. */
export type TerritoryPlanSettings = {
  tierSegmentation: string | null;
  visitsPerYearByTier: Record<string, number>;
  defaultVisitsPerYear: number;
};

export const territoryPlans = pgTable(
  "territory_plans",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    status: text("status").$type<TerritoryPlanStatus>().notNull().default("draft"),
    planOfRecord: boolean("plan_of_record").notNull().default(false),
    /** 1, 2, … in order of publication; null while a draft. */
    version: integer("version"),
    basedOnId: uuid("based_on_id"),
    /** The date the plan takes effect when published (account ownership, crediting, transfers from then on). */
    effectiveFrom: date("effective_from").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** The quota scenario (planning_scenarios) that receives the quota transfers of moved accounts, if any. */
    planningScenarioId: uuid("planning_scenario_id"),
    settings: jsonb("settings").$type<TerritoryPlanSettings>().notNull(),
    revision: integer("revision").notNull().default(1),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("territory_plans_plan_of_record").on(t.workspaceId).where(sql`${t.planOfRecord}`),
    unique("territory_plans_version").on(t.workspaceId, t.version),
    check("territory_plans_status", sql`${t.status} in ('draft', 'published', 'archived')`),
    check("territory_plans_por_published", sql`not ${t.planOfRecord} or ${t.status} = 'published'`),
  ],
);

export const territories = pgTable(
  "territories",
  {
    id: id(),
    workspaceId: workspaceId(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => territoryPlans.id, { onDelete: "cascade" }),
    /** Stable across plans: a copied plan's territories keep their keys ("EMEA", "FR-NORTH-1"). */
    key: text("key").notNull(),
    name: text("name").notNull(),
    parentId: uuid("parent_id"),
    level: text("level").$type<"region" | "area" | "territory">().notNull(),
    kind: text("kind").$type<"primary" | "overlay">().notNull().default("primary"),
    priority: integer("priority").notNull().default(0),
    /** The engine's TerritoryRule[], validated before it is stored. */
    rules: jsonb("rules").notNull().default(sql`'[]'::jsonb`),
    baseLatitude: numeric("base_latitude", { precision: 9, scale: 6 }),
    baseLongitude: numeric("base_longitude", { precision: 9, scale: 6 }),
    targetShare: numeric("target_share"),
    maxAccounts: integer("max_accounts"),
    maxWorkload: numeric("max_workload"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    unique("territories_key").on(t.planId, t.key),
    index("territories_plan").on(t.workspaceId, t.planId, t.position),
    check("territories_level", sql`${t.level} in ('region', 'area', 'territory')`),
    check("territories_kind", sql`${t.kind} in ('primary', 'overlay')`),
  ],
);

/** The plan's primary territory of each account; `locked` = a named account (the optimiser never moves it). */
export const territoryAccounts = pgTable(
  "territory_accounts",
  {
    workspaceId: workspaceId(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => territoryPlans.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").notNull(),
    territoryId: uuid("territory_id").notNull(),
    source: text("source").$type<"rule" | "named" | "optimiser" | "manual">().notNull(),
    locked: boolean("locked").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.accountId] }),
    index("territory_accounts_territory").on(t.planId, t.territoryId),
    check("territory_accounts_source", sql`${t.source} in ('rule', 'named', 'optimiser', 'manual')`),
  ],
);

export const territoryOwners = pgTable(
  "territory_owners",
  {
    id: id(),
    workspaceId: workspaceId(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => territoryPlans.id, { onDelete: "cascade" }),
    territoryId: uuid("territory_id").notNull(),
    personId: uuid("person_id").notNull(),
    role: text("role").$type<"primary" | "overlay">().notNull().default("primary"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [
    index("territory_owners_plan").on(t.planId, t.territoryId),
    check("territory_owners_role", sql`${t.role} in ('primary', 'overlay')`),
    check("territory_owners_dates", sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

/**
 * Published, effective-dated history: which territory (by key) and primary owner held each account from when.
 * Publishing closes the open rows of moved accounts at the plan's `effective_from` and opens new ones.
 */
export const accountTerritoryHistory = pgTable(
  "account_territory_history",
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: uuid("account_id").notNull(),
    planId: uuid("plan_id").notNull(),
    territoryKey: text("territory_key").notNull(),
    territoryName: text("territory_name").notNull(),
    ownerId: uuid("owner_id"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [
    index("account_territory_history_account").on(t.workspaceId, t.accountId, t.validFrom),
    check("account_territory_history_dates", sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

export const optimisationStatuses = ["queued", "running", "done", "failed", "applied"] as const;
export type OptimisationStatus = (typeof optimisationStatuses)[number];

/** A balancing run on a plan: its options, and its proposal (assignments, before/after metrics) until applied. */
export const territoryOptimisations = pgTable(
  "territory_optimisations",
  {
    id: id(),
    workspaceId: workspaceId(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => territoryPlans.id, { onDelete: "cascade" }),
    status: text("status").$type<OptimisationStatus>().notNull().default("queued"),
    /** The API's request: territories in scope, weights, method, time limit. */
    options: jsonb("options").notNull(),
    /** The engine's BalanceResult. */
    result: jsonb("result"),
    error: jsonb("error"),
    seconds: doublePrecision("seconds"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
  },
  (t) => [
    index("territory_optimisations_plan").on(t.workspaceId, t.planId, t.createdAt),
    check(
      "territory_optimisations_status",
      sql`${t.status} in ('queued', 'running', 'done', 'failed', 'applied')`,
    ),
  ],
);

/** Append-only history of a territory plan (created, rules changed, accounts moved, optimised, published …). */
export const territoryEvents = pgTable(
  "territory_events",
  {
    id: id(),
    workspaceId: workspaceId(),
    planId: uuid("plan_id").notNull(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    detail: jsonb("detail"),
    at: createdAt(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [index("territory_events_plan").on(t.workspaceId, t.planId, t.seq)],
);

export type TerritoryPlanRow = typeof territoryPlans.$inferSelect;
export type TerritoryRow = typeof territories.$inferSelect;
export type TerritoryOwnerRow = typeof territoryOwners.$inferSelect;
export type SegmentationRow = typeof segmentations.$inferSelect;
