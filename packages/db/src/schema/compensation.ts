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
import { people } from "./organisation";
import { workspaces } from "./workspace";

/**
 * Incentive compensation. Plans are versioned JSON documents (the engine's PlanDefinition); runs write results and
 * their lines with traces. Result tables have no foreign keys on purpose (decision 004: they are written in bulk).
 */

export const planVersionStatuses = ["draft", "published", "retired"] as const;
export type PlanVersionStatus = (typeof planVersionStatuses)[number];

/** A compensation plan: the stable identity across its versions. */
export const compPlans = pgTable(
  "comp_plans",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("comp_plans_key").on(t.workspaceId, t.key)],
);

/** One version of a plan. A published version is never changed: a change is a new draft version. */
export const compPlanVersions = pgTable(
  "comp_plan_versions",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => compPlans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status").$type<PlanVersionStatus>().notNull().default("draft"),
    /** The engine's PlanDefinition, validated before it is stored. */
    definition: jsonb("definition").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    effectiveTo: date("effective_to"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    publishedBy: uuid("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    unique("comp_plan_versions_version").on(t.planId, t.version),
    index("comp_plan_versions_workspace").on(t.workspaceId, t.planId),
    check("comp_plan_versions_status", sql`${t.status} in ('draft', 'published', 'retired')`),
  ],
);

/** Who is paid on which plan, effective-dated (`validTo` inclusive, null = open), with their annual target incentive. */
export const compAssignments = pgTable(
  "comp_assignments",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => compPlans.id, { onDelete: "cascade" }),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    targetIncentive: numeric("target_incentive").notNull().default("0"),
    currency: char("currency", { length: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("comp_assignments_person").on(t.workspaceId, t.personId, t.validFrom),
    check("comp_assignments_dates", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Quota per person, measure and period (`2025-Q1`, `2025-01`, `2025`), imported or written by quota planning. */
export const compQuotas = pgTable(
  "comp_quotas",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    measure: text("measure").notNull().default("bookings"),
    periodKey: text("period_key").notNull(),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    source: text("source").notNull().default("import"),
    createdAt: createdAt(),
  },
  (t) => [unique("comp_quotas_person_period").on(t.workspaceId, t.personId, t.measure, t.periodKey)],
);

/** Credit splits and overlays on a deal: shares of its order lines credited to people other than (or besides) the owner. */
export const compCreditSplits = pgTable(
  "comp_credit_splits",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    opportunityId: uuid("opportunity_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    share: numeric("share").notNull(),
    role: text("role").$type<"split" | "overlay">().notNull(),
  },
  (t) => [
    unique("comp_credit_splits_person").on(t.workspaceId, t.opportunityId, t.personId, t.role),
    check("comp_credit_splits_role", sql`${t.role} in ('split', 'overlay')`),
    check("comp_credit_splits_share", sql`${t.share} > 0`),
  ],
);

/**
 * Per-workspace compensation settings: crediting rules (roll-up levels, duplicate policy, named relationships) and
 * the quota policy (proration of mid-period hires and leavers, ramp).
 */
export const compSettings = pgTable("comp_settings", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  crediting: jsonb("crediting").notNull(),
  /** Quota proration and ramp policy (GET/PUT /api/comp/settings/quota); null = the defaults. */
  quota: jsonb("quota"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A person or a transaction (order line) held out of payout until released. */
export const compHolds = pgTable(
  "comp_holds",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id"),
    transactionId: uuid("transaction_id"),
    reason: text("reason").notNull(),
    placedBy: uuid("placed_by"),
    placedAt: createdAt(),
    releasedBy: uuid("released_by"),
    releasedAt: timestamp("released_at", { withTimezone: true }),
  },
  (t) => [
    index("comp_holds_workspace").on(t.workspaceId, t.releasedAt),
    check("comp_holds_target", sql`${t.personId} is not null or ${t.transactionId} is not null`),
  ],
);

/** Manager scores for MBO / qualitative components. */
export const compMboScores = pgTable(
  "comp_mbo_scores",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    component: text("component").notNull(),
    objective: text("objective").notNull(),
    score: numeric("score").notNull(),
    comment: text("comment"),
    scoredBy: uuid("scored_by"),
    scoredAt: createdAt(),
  },
  (t) => [
    unique("comp_mbo_scores_objective").on(t.workspaceId, t.personId, t.periodKey, t.component, t.objective),
  ],
);

export const jobStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** Background work (calculation runs, regressions) taken by workers; progress is visible while it runs. */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    status: text("status").$type<JobStatus>().notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    total: integer("total").notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    lockedBy: text("locked_by"),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    error: text("error"),
    result: jsonb("result"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("jobs_queue").on(t.status, t.createdAt),
    index("jobs_workspace").on(t.workspaceId, t.createdAt),
    check("jobs_status", sql`${t.status} in ('queued', 'running', 'succeeded', 'failed')`),
  ],
);

export const compRunStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type CompRunStatus = (typeof compRunStatuses)[number];

/**
 * A calculation run for one period and a population. Reproducible: it records the plan versions and a fingerprint of
 * its input data. Only a succeeded run becomes the period's current results; a failed one leaves the previous as they were.
 */
export const compRuns = pgTable(
  "comp_runs",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: uuid("job_id"),
    kind: text("kind").$type<"calculation" | "regression">().notNull().default("calculation"),
    periodKey: text("period_key").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    /** Person ids the run was limited to; null = everyone with a plan. */
    scope: jsonb("scope").$type<string[] | null>(),
    status: text("status").$type<CompRunStatus>().notNull().default("queued"),
    planVersions: jsonb("plan_versions").$type<Record<string, number>>().notNull().default({}),
    dataFingerprint: text("data_fingerprint"),
    payeeCount: integer("payee_count").notNull().default(0),
    lineCount: integer("line_count").notNull().default(0),
    /** Payees recalculated (the rest were unchanged since the previous run and copied). */
    recalculatedCount: integer("recalculated_count").notNull().default(0),
    unassigned: jsonb("unassigned").notNull().default([]),
    problems: jsonb("problems").notNull().default([]),
    duplicates: jsonb("duplicates").notNull().default([]),
    error: text("error"),
    isCurrent: boolean("is_current").notNull().default(false),
    requestedBy: uuid("requested_by"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("comp_runs_period").on(t.workspaceId, t.periodKey, t.createdAt),
    check("comp_runs_status", sql`${t.status} in ('queued', 'running', 'succeeded', 'failed')`),
  ],
);

/** One payee's result in a run. */
export const compResults = pgTable(
  "comp_results",
  {
    id: id(),
    workspaceId: workspaceId(),
    runId: uuid("run_id").notNull(),
    periodKey: text("period_key").notNull(),
    personId: uuid("person_id").notNull(),
    planVersionId: uuid("plan_version_id").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    earned: numeric("earned").notNull(),
    payable: numeric("payable").notNull(),
    totals: jsonb("totals").notNull(),
    attainment: jsonb("attainment").notNull(),
    /** Carry-forward state for the next period (draw balance, holdbacks, on hold, earned by component/transaction). */
    carry: jsonb("carry").notNull(),
    nextTier: jsonb("next_tier"),
    /** Fingerprint of this payee's inputs: an unchanged fingerprint lets an incremental re-run copy the result. */
    inputFingerprint: text("input_fingerprint").notNull(),
    /** The result's lines (comp_result_line_sets.id): its own id, or the id of the result it was copied from. */
    lineSetId: uuid("line_set_id").notNull(),
    lineCount: integer("line_count").notNull().default(0),
    /** Sums of the lines' rounded amounts per kind and per component (exports, accruals), exact decimals. */
    lineTotals: jsonb("line_totals")
      .$type<{ byKind: Record<string, string>; byComponent: Record<string, string> }>()
      .notNull()
      .default({ byKind: {}, byComponent: {} }),
  },
  (t) => [
    unique("comp_results_run_person").on(t.runId, t.personId),
    index("comp_results_period_person").on(t.workspaceId, t.periodKey, t.personId),
  ],
);

/**
 * The lines of a result with their traces (transaction → credit → rule → tier/rate → amount), as ONE compact text
 * document (decision 007; format in apps/server/src/compensation/runs/encode-result-lines.ts). Lines are addressed by
 * (result, line number). Written once by `runId` and never changed: a result copied into a later run points at the
 * same set. Stored uncompressed out of line (STORAGE EXTERNAL, set by hand at the end of migration 0001).
 */
export const compResultLineSets = pgTable(
  "comp_result_line_sets",
  {
    /** The id of the result that wrote it. */
    id: uuid("id").primaryKey(),
    workspaceId: workspaceId(),
    runId: uuid("run_id").notNull(),
    lineCount: integer("line_count").notNull(),
    lines: text("lines").notNull(),
  },
  (t) => [index("comp_result_line_sets_run").on(t.runId)],
);

export const compPeriodStatuses = [
  "open",
  "calculated",
  "in_review",
  "manager_approved",
  "approved",
  "published",
  "paid",
] as const;
export type CompPeriodStatus = (typeof compPeriodStatuses)[number];

/** The workflow state of a pay period: draft → calculated → in review → approved (manager, then finance) → published → paid. */
export const compPeriods = pgTable(
  "comp_periods",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    status: text("status").$type<CompPeriodStatus>().notNull().default("open"),
    currentRunId: uuid("current_run_id"),
    /** The run whose results were published; never rewritten afterwards. */
    publishedRunId: uuid("published_run_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("comp_periods_key").on(t.workspaceId, t.periodKey),
    check(
      "comp_periods_status",
      sql`${t.status} in ('open', 'calculated', 'in_review', 'manager_approved', 'approved', 'published', 'paid')`,
    ),
  ],
);

/** An approval (or rejection) of a period, or of one payee's result by their manager. */
export const compApprovals = pgTable(
  "comp_approvals",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    runId: uuid("run_id").notNull(),
    personId: uuid("person_id"),
    step: text("step").$type<"manager" | "finance">().notNull(),
    decision: text("decision").$type<"approved" | "rejected">().notNull(),
    note: text("note"),
    decidedBy: uuid("decided_by").notNull(),
    decidedAt: createdAt(),
  },
  (t) => [index("comp_approvals_period").on(t.workspaceId, t.periodKey)],
);

/**
 * A manual amount added to a payee's pay in `periodKey`, with a reason: a correction, a dispute's resolution, or a change
 * to an already published period flowing into the open one (`sourcePeriodKey`).
 */
export const compAdjustments = pgTable(
  "comp_adjustments",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    reason: text("reason").notNull(),
    kind: text("kind").$type<"manual" | "dispute" | "prior_period">().notNull().default("manual"),
    sourcePeriodKey: text("source_period_key"),
    disputeId: uuid("dispute_id"),
    /** The client's Idempotency-Key of a manual adjustment: a repeat returns the first adjustment. */
    idempotencyKey: text("idempotency_key"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("comp_adjustments_period").on(t.workspaceId, t.periodKey, t.personId),
    uniqueIndex("comp_adjustments_idempotency").on(t.workspaceId, t.idempotencyKey),
  ],
);

export const disputeStatuses = ["open", "answered", "resolved", "rejected"] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

/** A rep's question about a line of their statement, answered by the comp admin, resolved (often by an adjustment). */
export const compDisputes = pgTable(
  "comp_disputes",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    /** The disputed line: line `lineNo` (from 1) of result `resultId` (a result of the published run). */
    resultId: uuid("result_id"),
    lineNo: integer("line_no"),
    subject: text("subject").notNull(),
    status: text("status").$type<DisputeStatus>().notNull().default("open"),
    openedBy: uuid("opened_by").notNull(),
    openedAt: createdAt(),
    resolvedBy: uuid("resolved_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    adjustmentId: uuid("adjustment_id"),
  },
  (t) => [
    index("comp_disputes_person").on(t.workspaceId, t.personId, t.periodKey),
    check("comp_disputes_status", sql`${t.status} in ('open', 'answered', 'resolved', 'rejected')`),
  ],
);

export const compDisputeMessages = pgTable(
  "comp_dispute_messages",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    disputeId: uuid("dispute_id")
      .notNull()
      .references(() => compDisputes.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("comp_dispute_messages_dispute").on(t.disputeId, t.createdAt)],
);

/** A payroll export as produced: re-exporting a paid period returns these exact bytes. */
export const compPayoutExports = pgTable(
  "comp_payout_exports",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    preset: text("preset").notNull(),
    runId: uuid("run_id").notNull(),
    content: text("content").notNull(),
    contentSha256: text("content_sha256").notNull(),
    controlTotal: numeric("control_total").notNull(),
    rowCount: integer("row_count").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [unique("comp_payout_exports_preset").on(t.workspaceId, t.periodKey, t.preset, t.runId)],
);

/** Append-only log of every compensation change and workflow step: who, when, what, before and after. */
export const compEvents = pgTable(
  "comp_events",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    at: createdAt(),
    /** Order of writing: events of one transaction share `at`, so `seq` keeps their sequence. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [index("comp_events_entity").on(t.workspaceId, t.entity, t.entityId, t.seq)],
);
