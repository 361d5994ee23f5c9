import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

/**
 * Quota and capacity planning (docs/planning.md). A scenario is a fiscal year's plan for one measure: its
 * assumptions (target, seasonality, allocation drivers, people rules, capacity, transfers) as one validated JSON
 * document, and a snapshot of the hierarchy with each node's annual and monthly quota. The plan of record is the
 * published scenario of a (fiscal year, measure); publishing another one archives it, so every published version is
 * kept. Node and quota tables are rewritten in bulk per scenario, so they have no foreign keys to people
 * (decision 004); node ids are "company", "region:<uuid>", "team:<uuid>", "person:<uuid>".
 */

export const scenarioStatuses = ["draft", "published", "archived"] as const;
export type ScenarioStatus = (typeof scenarioStatuses)[number];

export const planningScenarios = pgTable(
  "planning_scenarios",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    measure: text("measure").notNull().default("bookings"),
    currency: char("currency", { length: 3 }).notNull(),
    status: text("status").$type<ScenarioStatus>().notNull().default("draft"),
    /** The published scenario currently in force for its (fiscal year, measure). */
    planOfRecord: boolean("plan_of_record").notNull().default(false),
    /** 1, 2, … in order of publication within (fiscal year, measure); null while a draft. */
    version: integer("version"),
    basedOnId: uuid("based_on_id"),
    /** The assumptions document (apps/server/src/planning/assumptions-schema.ts), validated before it is stored. */
    assumptions: jsonb("assumptions").notNull(),
    /**
     * The seasonality learnt from the workspace's monthly history when the scenario was created ({ weights, years }),
     * so assumptions with `seasonality.source = "history"` always use it, and a planner can switch back to it.
     */
    learnedSeasonality: jsonb("learned_seasonality").$type<{ weights: string[]; years: number[] }>(),
    /** Hierarchy as of this date (the fiscal year's first day unless chosen). */
    asOf: date("as_of").notNull(),
    /** Bumped by every change; writes carry the revision they started from (a stale one is a 409). */
    revision: integer("revision").notNull().default(1),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    index("planning_scenarios_year").on(t.workspaceId, t.fiscalYear, t.measure),
    uniqueIndex("planning_scenarios_plan_of_record")
      .on(t.workspaceId, t.fiscalYear, t.measure)
      .where(sql`${t.planOfRecord}`),
    unique("planning_scenarios_version").on(t.workspaceId, t.fiscalYear, t.measure, t.version),
    check("planning_scenarios_status", sql`${t.status} in ('draft', 'published', 'archived')`),
    check("planning_scenarios_por_published", sql`not ${t.planOfRecord} or ${t.status} = 'published'`),
  ],
);

/** The scenario's hierarchy snapshot with each node's annual quota and the figures the grid shows beside it. */
export const planningNodes = pgTable(
  "planning_nodes",
  {
    workspaceId: workspaceId(),
    scenarioId: uuid("scenario_id").notNull(),
    nodeId: text("node_id").notNull(),
    parentNodeId: text("parent_node_id"),
    kind: text("kind").$type<"company" | "region" | "team" | "person">().notNull(),
    /** The person for person nodes (people.id), else null. */
    personId: uuid("person_id"),
    name: text("name").notNull(),
    /** Depth-first position, for display order. */
    position: integer("position").notNull(),
    annual: numeric("annual").notNull(),
    /** What the node's children should carry in total (annual × their over-assignment, rounded); null for people. */
    childrenTotal: numeric("children_total"),
    /** The amount the top-down allocation gave it, before any edit. */
    topDown: numeric("top_down").notNull(),
    bottomUpCapacity: numeric("bottom_up_capacity"),
    bottomUpPotential: numeric("bottom_up_potential"),
    /**
     * People only: the allocation drivers read from the database when the scenario was created (history, potential,
     * pipeline; capacity is recomputed from the assumptions), and the dates that ramp and proration use.
     */
    drivers: jsonb("drivers").$type<{ history: string; potential: string; pipeline: string }>(),
    hireDate: date("hire_date"),
    leaveDate: date("leave_date"),
    locked: boolean("locked").notNull().default(false),
    edited: boolean("edited").notNull().default(false),
    trace: jsonb("trace").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [
    unique("planning_nodes_node").on(t.scenarioId, t.nodeId),
    index("planning_nodes_workspace").on(t.workspaceId, t.scenarioId, t.position),
  ],
);

/** A node's quota per fiscal month (first day of the month). */
export const planningQuotas = pgTable(
  "planning_quotas",
  {
    workspaceId: workspaceId(),
    scenarioId: uuid("scenario_id").notNull(),
    nodeId: text("node_id").notNull(),
    month: date("month").notNull(),
    amount: numeric("amount").notNull(),
  },
  (t) => [
    unique("planning_quotas_month").on(t.scenarioId, t.nodeId, t.month),
    check("planning_quotas_first_of_month", sql`extract(day from ${t.month}) = 1`),
    check("planning_quotas_non_negative", sql`${t.amount} >= 0`),
  ],
);

export const submissionStatuses = ["draft", "submitted", "approved", "rejected"] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** A manager's submission of the quotas of their part of the hierarchy (one team or region node) in a scenario. */
export const planningSubmissions = pgTable(
  "planning_submissions",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => planningScenarios.id, { onDelete: "cascade" }),
    nodeId: text("node_id").notNull(),
    status: text("status").$type<SubmissionStatus>().notNull().default("draft"),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    note: text("note"),
  },
  (t) => [
    unique("planning_submissions_node").on(t.scenarioId, t.nodeId),
    check("planning_submissions_status", sql`${t.status} in ('draft', 'submitted', 'approved', 'rejected')`),
  ],
);

/** Append-only history of a scenario (created, assumptions changed, cells edited, submitted, published …). */
export const planningEvents = pgTable(
  "planning_events",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    scenarioId: uuid("scenario_id").notNull(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    detail: jsonb("detail"),
    at: createdAt(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [index("planning_events_scenario").on(t.workspaceId, t.scenarioId, t.seq)],
);

export type PlanningQuotaRow = typeof planningQuotas.$inferSelect;
export type PlanningNodeRow = typeof planningNodes.$inferSelect;
export type PlanningScenarioRow = typeof planningScenarios.$inferSelect;
