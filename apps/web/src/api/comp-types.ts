// Mirrors the compensation API's response schemas (apps/server/src/routes/comp-*.ts, /api/openapi.json).
// Amounts, rates and ratios are decimal strings. The plan definition is the engine's contract type.
export type {
  Component,
  PlanDefinition,
  Tier,
  TierTable,
} from "../../../../packages/engine/src/comp/plan";

import type { PlanDefinition } from "../../../../packages/engine/src/comp/plan";

export type ComponentKind = PlanDefinition["components"][number]["kind"];

export type ValidationIssue = { path: string; message: string; line?: number; column?: number };
export type PlanValidation = { ok: boolean; issues: ValidationIssue[] };

export type PlanVersionStatus = "draft" | "published" | "retired";

export type PlanVersionSummary = {
  id: string;
  planId: string;
  key: string;
  name: string;
  version: number;
  status: PlanVersionStatus;
  effectiveFrom: string;
  effectiveTo: string | null;
  currency: string;
  period: string;
  componentCount: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
};

export type PlanSummary = { id: string; key: string; name: string; versions: PlanVersionSummary[] };

/** The server stores the definition as given; the editor treats it as the engine's PlanDefinition. */
export type PlanVersionDetail = PlanVersionSummary & { definition: PlanDefinition };

export type RegressionRow = {
  personId: string;
  personName: string;
  periodKey: string;
  currency: string;
  current: string;
  candidate: string;
  difference: string;
};

export type Assignment = {
  id: string;
  personId: string;
  personName: string;
  planKey: string;
  planName: string;
  validFrom: string;
  validTo: string | null;
  targetIncentive: string;
  currency: string;
};

export type NewAssignment = {
  personId: string;
  planKey: string;
  validFrom: string;
  validTo: string | null;
  targetIncentive: string;
  currency: string;
};

export type RunStatus = "queued" | "running" | "succeeded" | "failed";

export type RunProblem = {
  code: string;
  message: string;
  personId?: string;
  transactionId?: string;
  planKey?: string;
};

/** Credits the run could not pay, grouped by the person they would have gone to (null = nobody was credited). */
export type UnassignedPayee = {
  payeeId: string | null;
  reason: string;
  transactionCount: number;
  transactionIds: string[];
};

export type RunSummary = {
  id: string;
  periodKey: string;
  status: RunStatus;
  isCurrent: boolean;
  payeeCount: number;
  lineCount: number;
  recalculatedCount: number;
  createdAt: string;
  finishedAt: string | null;
};

export type CompRun = RunSummary & {
  jobId: string | null;
  periodStart: string;
  periodEnd: string;
  scope: string[] | null;
  progress: { done: number; total: number };
  planVersions: Record<string, number>;
  dataFingerprint: string | null;
  unassigned: UnassignedPayee[];
  problems: RunProblem[];
  duplicates: unknown[];
  error: string | null;
};

export type StartedRun = { runId: string; jobId: string };

export type ResultRow = {
  resultId: string;
  personId: string;
  personName: string;
  planKey: string;
  planVersion: number;
  currency: string;
  earned: string;
  payable: string;
  attainmentRatio: string | null;
  ytdAttainmentRatio: string | null;
};

export type ResultsPage = { items: ResultRow[]; nextCursor: string | null };

export type TraceStep = { rule: string; detail: string; values: Record<string, string> };

export type ResultLine = {
  id: string;
  lineNo: number;
  component: string;
  kind: string;
  transactionId: string | null;
  exact: string;
  amount: string;
  trace: TraceStep[];
};

export type PeriodStatus =
  | "open"
  | "calculated"
  | "in_review"
  | "manager_approved"
  | "approved"
  | "published"
  | "paid";

/** A period's figures in one currency; `payableWithAdjustments` is what payroll pays. */
export type CurrencyTotals = {
  currency: string;
  earned: string;
  payable: string;
  adjustments: string;
  payableWithAdjustments: string;
};

export type CompPeriod = {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  status: PeriodStatus;
  currentRunId: string | null;
  publishedRunId: string | null;
  payeeCount: number;
  totals: CurrencyTotals[];
};

export type Approval = {
  id: string;
  step: "manager" | "finance";
  decision: "approved" | "rejected";
  personId: string | null;
  runId: string;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
};

export type PeriodPayee = {
  personId: string;
  name: string;
  currency: string;
  earned: string;
  payable: string;
  adjustments: string;
  payableWithAdjustments: string;
  managerApproval: { decidedBy: string; decidedAt: string; note: string | null } | null;
};

export type CompPeriodDetail = CompPeriod & {
  updatedAt: string;
  approvals: Approval[];
  payees: PeriodPayee[];
};

export type Adjustment = {
  id: string;
  personId: string;
  periodKey: string;
  amount: string;
  currency: string;
  reason: string;
  kind: "manual" | "dispute" | "prior_period";
  sourcePeriodKey: string | null;
  disputeId: string | null;
  createdBy: string | null;
  createdAt: string;
};

export type NewAdjustment = {
  personId: string;
  periodKey: string;
  amount: string;
  currency: string;
  reason: string;
};

export type StatementLine = ResultLine;

export type NextTier = { component: string; atRatio: string; creditNeeded: string; rate: string };

export type Attainment = {
  credit: string;
  quota: string | null;
  ratio: string | null;
  ytdCredit: string;
  ytdQuota: string | null;
  ytdRatio: string | null;
};

export type Statement = {
  payee: { id: string; externalId: string; name: string; jobRole: string };
  plan: { key: string; name: string; version: number };
  period: { key: string; start: string; end: string };
  currency: string;
  status: PeriodStatus;
  runId: string;
  lines: StatementLine[];
  adjustments: Adjustment[];
  /** payable = resultPayable + adjustments: what this statement pays. Also draw, holdback and hold figures. */
  totals: {
    earned: string;
    resultPayable: string;
    linesTotal: string;
    adjustments: string;
    payable: string;
  } & Record<string, string>;
  attainment: Partial<Record<keyof Attainment, string | null>>;
  nextTier: NextTier | null;
  yearToDate: {
    fiscalYear: number;
    earned: string;
    payable: string;
    byPeriod: { periodKey: string; status: string; earned: string; payable: string }[];
  };
};

export type DisputeStatus = "open" | "answered" | "resolved" | "rejected";

export type DisputeMessage = {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
};

export type Dispute = {
  id: string;
  personId: string;
  personName: string;
  periodKey: string;
  resultLineId: string | null;
  line: { component: string; kind: string; transactionId: string | null; amount: string } | null;
  subject: string;
  status: DisputeStatus;
  openedBy: string;
  openedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  adjustmentId: string | null;
};

export type DisputeDetail = Dispute & { messages: DisputeMessage[]; adjustment: Adjustment | null };

export type YearToDate = Statement["yearToDate"];

export type MyPay = {
  person: { id: string; name: string };
  periodKey: string | null;
  status: string | null;
  /** True until the period is published. */
  provisional: boolean;
  plan: { key: string; name: string; version: number } | null;
  currency: string | null;
  earned: string;
  adjustments: string;
  payable: string;
  yearToDate: YearToDate | null;
  attainment: Partial<Record<keyof Attainment, string | null>> | null;
  nextTier: NextTier | null;
  latestStatement: { periodKey: string; url: string; pdfUrl: string } | null;
};

export type WhatIfDeal = {
  opportunityId: string;
  name: string;
  amount: string;
  currency: string;
  share: string;
  estimatedCommission: string | null;
  earnedBefore: string | null;
  earnedAfter: string | null;
  attainmentBefore: string | null;
  attainmentAfter: string | null;
  trace: TraceStep[];
  problem: string | null;
};

export type WhatIf = { periodKey: string; planKey: string; planCurrency: string; items: WhatIfDeal[] };

export type ExportPreset = "generic" | "adp" | "sage";
