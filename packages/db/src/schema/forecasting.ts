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
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

/**
 * Pipeline configuration, forecast calls and their history (docs/forecasting.md, decision 011).
 *
 * Stages are the workspace's own; an opportunity whose `stage` is not among them is flagged, never dropped.
 * Forecast submissions are append-only: a rep's call and a manager's override are separate rows, so an override
 * never changes the rep's own call, and the number in force at any moment is the latest row submitted by then.
 * Snapshots are taken weekly and kept without a time limit; accuracy is computed when a period closes.
 * Forecast amounts are in the workspace's reporting currency.
 */

export const stageOutcomes = ["open", "won", "lost"] as const;
export type StageOutcome = (typeof stageOutcomes)[number];

/** Opportunity fields a stage's entry or exit criteria may require to be filled in. */
export const opportunityCriteriaFields = [
  "amount",
  "close_date",
  "account",
  "product",
  "next_step",
  "source",
  "contact_count",
] as const;
export type OpportunityCriteriaField = (typeof opportunityCriteriaFields)[number];

/** What must be true of a deal to enter (or leave, forward) a stage: fields filled and qualification items checked. */
export type StageCriteria = {
  requiredFields: OpportunityCriteriaField[];
  /** Keys of `pipeline_settings.qualification_items` that must be checked. */
  checklist: string[];
};

/** One step of the workspace's sales process, in order (`position`), with its default win probability. */
export const pipelineStages = pgTable(
  "pipeline_stages",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    outcome: text("outcome").$type<StageOutcome>().notNull().default("open"),
    /** Default chance a deal in this stage is won, 0–1 (won stages 1, lost stages 0). */
    probability: numeric("probability").notNull(),
    /** The forecast category a deal in this stage defaults to. */
    forecastCategory: text("forecast_category").notNull().default("pipeline"),
    entryCriteria: jsonb("entry_criteria")
      .$type<StageCriteria>()
      .notNull()
      .default({ requiredFields: [], checklist: [] }),
    exitCriteria: jsonb("exit_criteria")
      .$type<StageCriteria>()
      .notNull()
      .default({ requiredFields: [], checklist: [] }),
    /** A deal longer than this in the stage is stalled, whatever the workspace default (null: use the default). */
    maxDaysInStage: integer("max_days_in_stage"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("pipeline_stages_name").on(t.workspaceId, t.name),
    unique("pipeline_stages_position").on(t.workspaceId, t.position),
    check("pipeline_stages_outcome", sql`${t.outcome} in ('open', 'won', 'lost')`),
    check("pipeline_stages_probability", sql`${t.probability} >= 0 and ${t.probability} <= 1`),
    check(
      "pipeline_stages_category",
      sql`${t.forecastCategory} in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')`,
    ),
  ],
);

export type QualificationItem = { key: string; label: string };

/** The workspace's qualification checklist (BANT, MEDDICC or its own) and the thresholds of the risk flags. */
export const pipelineSettings = pgTable(
  "pipeline_settings",
  {
    workspaceId: uuid("workspace_id")
      .primaryKey()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** "BANT", "MEDDICC" or "custom": a label; the items are what counts. */
    qualificationFramework: text("qualification_framework").notNull().default("MEDDICC"),
    qualificationItems: jsonb("qualification_items").$type<QualificationItem[]>().notNull().default([]),
    /** Stalled: no stage change and no activity for this many days. */
    stalledAfterDays: integer("stalled_after_days").notNull().default(30),
    /** Pushed: the close date moved later at least this many times. */
    pushedAfter: integer("pushed_after").notNull().default(2),
    /** Amount cut: the amount is below its peak by at least this share (0–1). */
    amountCutShare: numeric("amount_cut_share").notNull().default("0.2"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    check("pipeline_settings_stalled", sql`${t.stalledAfterDays} > 0`),
    check("pipeline_settings_pushed", sql`${t.pushedAfter} > 0`),
    check("pipeline_settings_cut", sql`${t.amountCutShare} > 0 and ${t.amountCutShare} <= 1`),
  ],
);

export const forecastMotions = ["new_business", "expansion_renewal"] as const;
/** New business (opportunity type new_business) is forecast apart from expansion and renewal (the rest). */
export type ForecastMotion = (typeof forecastMotions)[number];
export const submittedCategories = ["commit", "best_case", "pipeline", "omitted"] as const;
/** What a person calls; `closed` is never submitted, it is computed from won deals. */
export type SubmittedCategory = (typeof submittedCategories)[number];

export const forecastPeriodStatuses = ["open", "closed"] as const;
export type ForecastPeriodStatus = (typeof forecastPeriodStatuses)[number];

/** A forecast period: a fiscal quarter. Calls are refused once it is closed; closing computes accuracy. */
export const forecastPeriods = pgTable(
  "forecast_periods",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    /** e.g. "FY2027 Q1" */
    label: text("label").notNull(),
    startsOn: date("starts_on").notNull(),
    /** Inclusive last day. */
    endsOn: date("ends_on").notNull(),
    status: text("status").$type<ForecastPeriodStatus>().notNull().default("open"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forecast_periods_start").on(t.workspaceId, t.startsOn),
    check("forecast_periods_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("forecast_periods_status", sql`${t.status} in ('open', 'closed')`),
  ],
);

/**
 * A call (author = subject: a rep's number for their own deals, a manager's for their whole team) or an override
 * (author = a manager above the subject on the date submitted, with a note). Append-only.
 */
export const forecastSubmissions = pgTable(
  "forecast_submissions",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodId: uuid("period_id")
      .notNull()
      .references(() => forecastPeriods.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").notNull(),
    subjectId: uuid("subject_id").notNull(),
    motion: text("motion").$type<ForecastMotion>().notNull(),
    category: text("category").$type<SubmittedCategory>().notNull(),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    note: text("note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    userId: uuid("user_id"),
  },
  (t) => [
    index("forecast_submissions_subject").on(t.workspaceId, t.periodId, t.subjectId, t.submittedAt),
    index("forecast_submissions_author").on(t.workspaceId, t.periodId, t.authorId),
    check("forecast_submissions_motion", sql`${t.motion} in ('new_business', 'expansion_renewal')`),
    check(
      "forecast_submissions_category",
      sql`${t.category} in ('commit', 'best_case', 'pipeline', 'omitted')`,
    ),
    check("forecast_submissions_amount", sql`${t.amount} >= 0`),
  ],
);

export const forecastSnapshotKinds = ["weekly", "manual", "close"] as const;
export type ForecastSnapshotKind = (typeof forecastSnapshotKinds)[number];

/** The whole forecast of a period as it stood on one day: taken weekly by the job runner, kept forever. */
export const forecastSnapshots = pgTable(
  "forecast_snapshots",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodId: uuid("period_id")
      .notNull()
      .references(() => forecastPeriods.id, { onDelete: "cascade" }),
    /** The day the figures are as of (a weekly snapshot: that week's Monday). */
    takenOn: date("taken_on").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
    kind: text("kind").$type<ForecastSnapshotKind>().notNull().default("weekly"),
    /** The win-probability model the statistical figures came from, if any. */
    modelId: uuid("model_id"),
    currency: char("currency", { length: 3 }).notNull(),
  },
  (t) => [
    unique("forecast_snapshots_day").on(t.workspaceId, t.periodId, t.takenOn),
    check("forecast_snapshots_kind", sql`${t.kind} in ('weekly', 'manual', 'close')`),
  ],
);

/**
 * One person's figures in a snapshot, per motion and category (`closed` included): their own call, the roll-up of
 * their tree as they see it, the number their manager saw for them, the deals behind it and the statistical view.
 */
export const forecastSnapshotLines = pgTable(
  "forecast_snapshot_lines",
  {
    workspaceId: workspaceId(),
    snapshotId: uuid("snapshot_id")
      .notNull()
      .references(() => forecastSnapshots.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    /** Their manager on `taken_on` (null at the top). */
    managerId: uuid("manager_id"),
    motion: text("motion").$type<ForecastMotion>().notNull(),
    category: text("category").notNull(),
    /** The person's own latest call, null when they had not submitted. */
    ownCall: numeric("own_call"),
    /** Their tree's number as they see it (their call, else the sum below with the overrides they can see). */
    rolledUp: numeric("rolled_up").notNull(),
    /** The number their manager saw for them (after the manager's, or higher, overrides). */
    adjusted: numeric("adjusted"),
    /** Open (or, for closed, won) deal amounts of the tree in the category. */
    deals: numeric("deals").notNull(),
    /** Statistical expected value of the tree's open deals closing in the period (category "all" rows only carry it). */
    statisticalExpected: numeric("statistical_expected"),
    statisticalLow: numeric("statistical_low"),
    statisticalHigh: numeric("statistical_high"),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.personId, t.motion, t.category] }),
    index("forecast_snapshot_lines_person").on(t.workspaceId, t.personId),
  ],
);

export const forecastAccuracySources = ["call", "rollup", "statistical"] as const;
export type ForecastAccuracySource = (typeof forecastAccuracySources)[number];

/** Written when a period closes: each week's forecast of each person (and of the statistical model) against actuals. */
export const forecastAccuracy = pgTable(
  "forecast_accuracy",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodId: uuid("period_id")
      .notNull()
      .references(() => forecastPeriods.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    motion: text("motion").notNull(),
    source: text("source").$type<ForecastAccuracySource>().notNull(),
    /** The category compared (commit or best_case for calls; expected for the statistical forecast). */
    category: text("category").notNull(),
    takenOn: date("taken_on").notNull(),
    forecast: numeric("forecast").notNull(),
    actual: numeric("actual").notNull(),
    /** forecast − actual */
    error: numeric("error").notNull(),
    /** |error| / actual, null when actual is 0. */
    absolutePercentageError: numeric("absolute_percentage_error"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forecast_accuracy_point").on(
      t.workspaceId,
      t.periodId,
      t.personId,
      t.motion,
      t.source,
      t.category,
      t.takenOn,
    ),
    check("forecast_accuracy_source", sql`${t.source} in ('call', 'rollup', 'statistical')`),
  ],
);

/** A trained win-probability model: its features, coefficients, calibration and held-out accuracy. */
export const winProbabilityModels = pgTable(
  "win_probability_models",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    /** Deals closed before this date trained it; those closed on or after tested it. */
    cutoff: date("cutoff").notNull(),
    config: jsonb("config").$type<Record<string, unknown>>().notNull(),
    model: jsonb("model").$type<Record<string, unknown>>().notNull(),
    metrics: jsonb("metrics").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("win_probability_models_latest").on(t.workspaceId, t.createdAt)],
);
