// Mirrors the goal, alert, evaluation, feedback and cost shapes of docs/kpis-api.md. Values are decimal strings;
// percentages are fractions ("0.25" = 25 %); days are `YYYY-MM-DD`, months `YYYY-MM`.
import type { KpiDirection, KpiUnit } from "./kpi-types";

export type GoalOwnerKind = "person" | "team" | "workspace";
export type GoalStatus = "active" | "achieved" | "missed" | "cancelled";
export type GoalProgressStatus = "on_track" | "at_risk" | "off_track" | "achieved" | "missed" | "not_started";

/** The engine's `GoalProgress` (packages/engine/src/goals/evaluate-goal-progress.ts). */
export type GoalProgress = {
  value: string | null;
  ratio: string | null;
  expectedByToday: string | null;
  status: GoalProgressStatus;
  milestones: {
    id: string;
    label: string;
    dueOn: string;
    target: string;
    value: string | null;
    met: boolean | null;
  }[];
  explanation: string;
};

export type GoalMilestone = { id?: string; label: string; dueOn: string; target: string };

export type GoalDto = {
  id: string;
  name: string;
  description: string;
  owner: { kind: GoalOwnerKind; personId: string | null; teamId: string | null; name: string };
  kpi: { key: string; name: string; unit: KpiUnit; direction: KpiDirection };
  target: string;
  baseline: string | null;
  startsOn: string;
  deadline: string;
  rationale: string;
  relevance: string;
  status: GoalStatus;
  progress: GoalProgress;
  milestones: GoalMilestone[];
};

/** Body of `POST /api/goals` and `PUT /api/goals/{id}`. */
export type GoalInput = {
  name: string;
  description: string;
  owner: { kind: GoalOwnerKind; personId?: string; teamId?: string };
  kpiKey: string;
  target: string;
  baseline?: string;
  startsOn: string;
  deadline: string;
  rationale: string;
  relevance: string;
  milestones: { label: string; dueOn: string; target: string }[];
};

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsResponse = { notifications: NotificationDto[]; unread: number };

export type EvaluationCadence = "monthly" | "quarterly" | "half_year" | "year";

export type EvaluationTemplateDto = {
  id: string;
  name: string;
  cadence: EvaluationCadence;
  criteria: { key: string; label: string; description: string; weight: string }[];
  scale: { min: number; max: number; labels: Record<string, string> };
  active?: boolean;
};

export type EvaluationTemplateInput = Omit<EvaluationTemplateDto, "id" | "active">;

export type EvaluationDto = {
  id: string;
  template: { id: string; name: string };
  person: { id: string; name: string };
  evaluator: { id: string; name: string } | null;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  scores: Record<string, number>;
  comments: Record<string, string>;
  overallComment: string;
  status: "draft" | "submitted";
  submittedAt: string | null;
  /** Weighted normalised score 0–1, 4 places. */
  overall: string | null;
};

export type EvaluationInput = {
  templateId: string;
  personId: string;
  periodKey: string;
  scores: Record<string, number>;
  comments: Record<string, string>;
  overallComment: string;
};

export type FeedbackKind = "lead_feedback" | "process_feedback" | "customer_feedback" | "complaint";
export type FeedbackSentiment = "positive" | "neutral" | "negative";

export type FeedbackDto = {
  id: string;
  externalId: string | null;
  kind: FeedbackKind;
  person: { id: string; name: string } | null;
  leadId: string | null;
  account: { id: string; name: string } | null;
  opportunityId: string | null;
  receivedOn: string;
  channel: string | null;
  category: string | null;
  sentiment: FeedbackSentiment | null;
  rating: number | null;
  severity: string | null;
  subject: string;
  body: string;
  status: "open" | "resolved";
  resolvedOn: string | null;
  createdAt: string;
};

export type FeedbackPage = { items: FeedbackDto[]; page: number; pageSize: number; totalRows: number };

export type FeedbackQuery = {
  kind?: FeedbackKind;
  status?: "open" | "resolved";
  from?: string;
  to?: string;
  page?: number;
};

export type FeedbackInput = {
  kind: FeedbackKind;
  leadId?: string;
  accountId?: string;
  opportunityId?: string;
  receivedOn: string;
  channel?: string;
  category?: string;
  sentiment?: FeedbackSentiment;
  rating?: number;
  severity?: string;
  subject: string;
  body: string;
};

/** The import's report (apps/server/src/import/types.ts): all rows are written or none (`rejected`). */
export type FeedbackImportReport = {
  runId: string;
  status: "committed" | "rejected" | "partially_committed";
  format: "csv" | "xlsx" | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Spreadsheet rows: the header is row 1; row 0 is the file as a whole. */
  errors: { row: number; column: string | null; message: string }[];
  errorCount: number;
  warnings: string[];
};

export type CostCategory = "sales" | "marketing";

export type CostRow = {
  month: string;
  category: CostCategory;
  channel: string | null;
  amount: string;
  currency: string;
  note: string | null;
};
