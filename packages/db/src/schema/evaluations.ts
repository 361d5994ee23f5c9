import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { accounts } from "./customers";
import { leads } from "./engagement";
import { people } from "./organisation";
import { opportunities } from "./pipeline";
import { workspaces } from "./workspace";

/**
 * Qualitative KPIs and feedback (docs/evaluations.md): managers' periodic evaluations of their reps on configurable
 * criteria and scales, and feedback from reps (on leads, on the process) and from customers (feedback, complaints).
 */

/** A criterion a rep is scored on, with its weight in the overall score. */
export type EvaluationCriterion = { key: string; label: string; description: string; weight: string };
/** The scale scores are given on (whole numbers from `min` to `max`), with a label per point. */
export type EvaluationScale = { min: number; max: number; labels: Record<string, string> };

export const evaluationCadences = ["monthly", "quarterly", "half_year", "year"] as const;
export type EvaluationCadence = (typeof evaluationCadences)[number];

export const evaluationTemplates = pgTable(
  "evaluation_templates",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    cadence: text("cadence").$type<EvaluationCadence>().notNull().default("quarterly"),
    criteria: jsonb("criteria").$type<EvaluationCriterion[]>().notNull(),
    scale: jsonb("scale").$type<EvaluationScale>().notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("evaluation_templates_name").on(t.workspaceId, t.name),
    check("evaluation_templates_cadence", sql`${t.cadence} in ('monthly', 'quarterly', 'half_year', 'year')`),
  ],
);

export const evaluationStatuses = ["draft", "submitted"] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/** One manager's evaluation of one rep for one period (`2026-Q3`, `2026-11`, `2026-H2`, `2026`). */
export const evaluations = pgTable(
  "evaluations",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => evaluationTemplates.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    evaluatorPersonId: uuid("evaluator_person_id").references(() => people.id),
    evaluatorUserId: uuid("evaluator_user_id"),
    periodKey: text("period_key").notNull(),
    /** The first day of the period and the first day after it, for KPIs by month. */
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    /** criterion key → whole-number score on the template's scale. */
    scores: jsonb("scores").$type<Record<string, number>>().notNull(),
    comments: jsonb("comments").$type<Record<string, string>>().notNull().default({}),
    overallComment: text("overall_comment").notNull().default(""),
    status: text("status").$type<EvaluationStatus>().notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("evaluations_period").on(t.workspaceId, t.templateId, t.personId, t.periodKey),
    index("evaluations_person").on(t.workspaceId, t.personId, t.periodStart),
    check("evaluations_status", sql`${t.status} in ('draft', 'submitted')`),
  ],
);

export const feedbackKinds = ["lead_feedback", "process_feedback", "customer_feedback", "complaint"] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const feedbackSentiments = ["positive", "neutral", "negative"] as const;
export type FeedbackSentiment = (typeof feedbackSentiments)[number];

/**
 * Feedback of every kind: a rep on a lead's quality or on the process, a customer's feedback (with a 1–5 rating)
 * or complaint (with a severity and a resolution). Entered in the app or imported (`external_id`).
 */
export const feedbackEntries = pgTable(
  "feedback_entries",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id"),
    kind: text("kind").$type<FeedbackKind>().notNull(),
    /** The rep who logged it (lead/process feedback), or the account's owner it is about (customer feedback). */
    personId: uuid("person_id").references(() => people.id),
    leadId: uuid("lead_id").references(() => leads.id, { onDelete: "set null" }),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "set null" }),
    opportunityId: uuid("opportunity_id").references(() => opportunities.id, { onDelete: "set null" }),
    receivedOn: date("received_on").notNull(),
    /** How it arrived: app, email, phone, survey, support_ticket, … */
    channel: text("channel"),
    /** lead_quality, routing, tooling, pricing, product, support, billing, delivery, … */
    category: text("category"),
    sentiment: text("sentiment").$type<FeedbackSentiment>(),
    rating: integer("rating"),
    severity: text("severity"),
    subject: text("subject").notNull(),
    body: text("body").notNull().default(""),
    status: text("status").notNull().default("open"),
    resolvedOn: date("resolved_on"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("feedback_entries_external").on(t.workspaceId, t.externalId),
    index("feedback_entries_received").on(t.workspaceId, t.kind, t.receivedOn),
    check(
      "feedback_entries_kind",
      sql`${t.kind} in ('lead_feedback', 'process_feedback', 'customer_feedback', 'complaint')`,
    ),
    check(
      "feedback_entries_sentiment",
      sql`${t.sentiment} is null or ${t.sentiment} in ('positive', 'neutral', 'negative')`,
    ),
    check("feedback_entries_rating", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
    check("feedback_entries_status", sql`${t.status} in ('open', 'resolved')`),
  ],
);
