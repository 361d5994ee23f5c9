import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { people, teams } from "./organisation";
import { workspaces } from "./workspace";

/**
 * SMART goals (docs/goals.md): specific (name, description), measurable (a KPI of the catalogue and a target),
 * achievable (rationale, baseline), relevant (what it serves), time-bound (start, deadline, milestones). Progress is
 * the KPI's value for the goal's owner over [start, deadline], from the same server implementation as dashboards.
 */
export const goalOwnerKinds = ["person", "team", "workspace"] as const;
export type GoalOwnerKind = (typeof goalOwnerKinds)[number];

export const goalStatuses = ["active", "achieved", "missed", "cancelled"] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const goals = pgTable(
  "goals",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    ownerKind: text("owner_kind").$type<GoalOwnerKind>().notNull(),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    teamId: uuid("team_id").references(() => teams.id, { onDelete: "cascade" }),
    /** A catalogue or custom KPI key. */
    kpiKey: text("kpi_key").notNull(),
    /** In the KPI's unit (a ratio for percentages: 0.25 = 25%). */
    target: numeric("target").notNull(),
    baseline: numeric("baseline"),
    startsOn: date("starts_on").notNull(),
    deadline: date("deadline").notNull(),
    rationale: text("rationale").notNull().default(""),
    relevance: text("relevance").notNull().default(""),
    status: text("status").$type<GoalStatus>().notNull().default("active"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("goals_owner").on(t.workspaceId, t.personId),
    check("goals_owner_kind", sql`${t.ownerKind} in ('person', 'team', 'workspace')`),
    check(
      "goals_owner_matches",
      sql`(${t.ownerKind} = 'person' and ${t.personId} is not null and ${t.teamId} is null)
       or (${t.ownerKind} = 'team' and ${t.teamId} is not null and ${t.personId} is null)
       or (${t.ownerKind} = 'workspace' and ${t.personId} is null and ${t.teamId} is null)`,
    ),
    check("goals_status", sql`${t.status} in ('active', 'achieved', 'missed', 'cancelled')`),
    check("goals_dates", sql`${t.startsOn} <= ${t.deadline}`),
  ],
);

/** An intermediate target on the way to a goal's deadline. */
export const goalMilestones = pgTable(
  "goal_milestones",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    dueOn: date("due_on").notNull(),
    target: numeric("target").notNull(),
  },
  (t) => [unique("goal_milestones_due").on(t.goalId, t.dueOn)],
);

/**
 * In-app alerts (off-track goals, later SLA breaches): one row per recipient; `dedupeKey` keeps a condition from
 * alerting the same user twice (e.g. `goal:<id>:off_track:2026-11`).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Where the alert leads in the app, e.g. `/goals/<id>`. */
    link: text("link"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    unique("notifications_dedupe").on(t.workspaceId, t.userId, t.dedupeKey),
    index("notifications_inbox").on(t.workspaceId, t.userId, t.createdAt),
  ],
);
