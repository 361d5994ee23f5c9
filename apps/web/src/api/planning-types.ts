// Mirrors the planning API (docs/planning-api.md; apps/server/src/planning/schemas.ts is the source of truth).
// Amounts, weights, factors and ratios are decimal strings; months are YYYY-MM. Analysis results are the engine's
// contract types, plus the names the API adds.
import type {
  CapacityPlan,
  FairnessGroupResult,
  FairnessRepResult,
  QuotaTransfer,
  ReconciliationRow,
  SensitivityRow,
} from "../../../../packages/engine/src/planning/types";

export type ScenarioStatus = "draft" | "published" | "archived";
/** The measures a scenario can plan (the server's `measures`); a summary says "measure" as a string. */
export type PlanningMeasure = "bookings" | "arr" | "margin";

export type ScenarioSummary = {
  id: string;
  name: string;
  fiscalYear: number;
  measure: string;
  currency: string;
  status: ScenarioStatus;
  planOfRecord: boolean;
  version: number | null;
  basedOnId: string | null;
  revision: number;
  asOf: string;
  target: string;
  /** Σ of the people's annual quotas. */
  totalQuota: string;
  people: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  createdByName: string | null;
};

export type Assumptions = {
  target: { annual: string; seasonality: { source: "history" | "entered"; weights: string[] } };
  allocation: {
    weights: { history: string; potential: string; pipeline: string; capacity: string };
    overAssignment: { region: string; team: string; person: string };
    unit: string;
    locked: Record<string, string>;
  };
  people: { proration: "months" | "days"; ramp: { kind: "share"; values: string[] } };
  capacity: {
    productivity: string;
    utilisation: string;
    attrition: string;
    hiringLeadMonths: number;
    potentialCapture: string;
    /** The roles the capacity plan staffs (absent: the AE role from the fields above). */
    roles?: CapacityRoleAssumption[];
  };
  transfers: QuotaTransfer[];
  fairness: { draws: number; seed: number; threshold: string };
  /** The plan version per plan the cost of sales uses; a plan not named uses its version in force (absent: none chosen). */
  compPlans?: CompPlanChoice[];
};

/** quota: carries the target (ae); overlay: supports the whole target in the measure; coverage: 1 head per `ratio` heads of `of`. */
export type CapacityDriver = "quota" | "overlay" | "coverage";
export type CapacityRoleAssumption = {
  role: string;
  driver: CapacityDriver;
  productivity?: string;
  coverage?: { of: string; ratio: string };
  ramp?: { kind: "share"; values: string[] };
  attrition: string;
  hiringLeadMonths: number;
  utilisation: string;
};

export type CompPlanChoice = { planId: string; versionId: string };
/** A plan version a cost of sales paid people on. */
export type CompPlanUsed = {
  planId: string;
  planName: string;
  version: number;
  status: "draft" | "published" | "retired";
};

export type Scenario = ScenarioSummary & { assumptions: Assumptions; months: string[] };

export type NewScenario = { name: string; fiscalYear: number; measure?: PlanningMeasure; copyFrom?: string };

export type PlanningNodeKind = "company" | "region" | "team" | "person";

export type SubmissionStatus = "draft" | "submitted" | "approved" | "rejected";

export type GridSubmission = { status: SubmissionStatus; by: string | null; at: string | null };

export type GridRow = {
  nodeId: string;
  parentNodeId: string | null;
  kind: PlanningNodeKind;
  name: string;
  depth: number;
  personId: string | null;
  annual: string;
  months: string[];
  topDown: string;
  childrenTotal: string | null;
  childrenSum: string | null;
  unallocated: string | null;
  bottomUpCapacity: string | null;
  bottomUpPotential: string | null;
  capacityGap: string | null;
  locked: boolean;
  edited: boolean;
  editable: boolean;
  submission: GridSubmission | null;
  trace: string[];
};

export type Grid = {
  scenarioId: string;
  revision: number;
  months: string[];
  rows: GridRow[];
  totals: { target: string; totalQuota: string; overAssignment: string };
};

/** One edit of the grid: a person's month, or any node's annual (re-spread by the server). */
export type GridChange =
  | { nodeId: string; month: string; amount: string }
  | { nodeId: string; annual: string };

export type Submission = {
  id: string;
  scenarioId: string;
  nodeId: string;
  nodeName: string;
  status: SubmissionStatus;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
};

export type SubmissionAction = "submit" | "recall" | "approve" | "reject";

/** A group of the fairness check (a team, or the company) with its name. */
export type FairnessGroup = FairnessGroupResult & { name: string };

export type FairnessReport = {
  scenarioId: string;
  threshold: string;
  reps: (FairnessRepResult & { personId: string; name: string; quota: string })[];
  teams: FairnessGroup[];
  company: FairnessGroup;
  /** Quota carriers left out of the simulation (no quota, not employed in the year …) and why. */
  excluded: { id: string; teamId: string; reason: string }[];
  draws: number;
  seed: number;
  model: string;
};

export type CapacityRoleReport = CapacityPlan["roles"][number] & {
  driver: CapacityDriver;
  /** What target, capacity and gap count: the scenario's measure, or heads of the covered role. */
  unit: "amount" | "heads";
  coverage: { of: string; ratio: string } | null;
  currentHeads: number;
  startingHeads: number;
  sensitivity: SensitivityRow[];
};
export type CapacityTotals = {
  months: { month: string; heads: string; rampedHeads: string; starts: number }[];
  requisitions: CapacityPlan["hires"];
  hires: number;
  currentHeads: number;
};
/** The ae role's plan at the top level (months, hires, sensitivity), every role in `roles`, heads and hires summed in `totals`. */
export type CapacityReport = Omit<CapacityPlan, "roles"> & {
  scenarioId: string;
  sensitivity: SensitivityRow[];
  roles: CapacityRoleReport[];
  totals: CapacityTotals;
};

export type ReconciliationReport = {
  scenarioId: string;
  rows: (ReconciliationRow & {
    parentNodeId: string | null;
    name: string;
    kind: PlanningNodeKind;
    depth: number;
  })[];
};

export type ScenarioFigures = {
  scenario: ScenarioSummary;
  target: string;
  totalQuota: string;
  overAssignment: string | null;
  expectedShareAtThreshold: number | null;
  fairness: FairnessGroup | null;
  /** Expected heads in the year's last month (capacity plan). */
  heads: string | null;
  startHeads: number;
  hires: number | null;
  capacity: string | null;
  expectedBookings: string;
  costOfSales: string;
  costOfSalesRatio: string | null;
  costOfSalesPeople: number;
  problems: string[];
  compPlans: CompPlanUsed[];
};

export type ScenarioComparison = {
  base: ScenarioFigures;
  other: ScenarioFigures;
  nodes: {
    nodeId: string;
    name: string;
    kind: PlanningNodeKind;
    depth: number;
    base: string | null;
    other: string | null;
    delta: string;
  }[];
};

export type QuotaSheetPreview = {
  /** The revision the sheet was exported at (null when the workbook does not say): apply against it. */
  baseRevision: number | null;
  currentRevision: number;
  changes: GridChange[];
  diff: { nodeId: string; name: string; month: string; before: string; after: string }[];
  errors: { sheet?: string; row: number; field: string; message: string }[];
};

export type MyQuota = {
  scenarioId: string;
  scenarioName: string;
  fiscalYear: number;
  version: number | null;
  currency: string;
  personId: string;
  name: string;
  annual: string;
  months: { month: string; amount: string }[];
};

export type { CapacityPlan, SensitivityRow };
