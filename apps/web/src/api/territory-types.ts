// Mirrors the territories API (docs/territories-api.md; apps/server/src/territories/schemas.ts is the source of
// truth). Potentials are decimal strings in the plan's currency; dates YYYY-MM-DD. Metrics are the engine's contract.
import type {
  BalanceMetrics,
  BalanceWeights,
  TerritoryLevel,
  TerritoryRule,
} from "../../../../packages/engine/src/territories/types";
import type { QuotaTransfer } from "../../../../packages/engine/src/planning/types";

export type {
  BalanceMetrics,
  BalanceWeights,
  SpreadStats,
  TerritoryLevel,
  TerritoryRule,
} from "../../../../packages/engine/src/territories/types";

export type TerritoryPlanStatus = "draft" | "published" | "archived";

export type TerritoryPlanSummary = {
  id: string;
  name: string;
  status: TerritoryPlanStatus;
  planOfRecord: boolean;
  version: number | null;
  basedOnId: string | null;
  effectiveFrom: string;
  currency: string;
  revision: number;
  territories: number;
  accounts: number;
  assigned: number;
  gaps: number;
  overlaps: number;
  createdAt: string;
  publishedAt: string | null;
};

export type TerritoryOwnerView = {
  personId: string;
  personName: string;
  role: "primary" | "overlay";
  validFrom: string;
  validTo: string | null;
};

export type TerritoryLoadView = { accounts: number; potential: string; workload: number };

export type Territory = {
  id: string;
  key: string;
  name: string;
  parentId: string | null;
  level: TerritoryLevel;
  kind: "primary" | "overlay";
  priority: number;
  rules: TerritoryRule[];
  namedAccountIds: string[];
  baseLatitude: number | null;
  baseLongitude: number | null;
  targetShare: string | null;
  maxAccounts: number | null;
  maxWorkload: number | null;
  owners: TerritoryOwnerView[];
  load: TerritoryLoadView;
};

export type TerritoryPlan = TerritoryPlanSummary & {
  settings: {
    tierSegmentation: string | null;
    visitsPerYearByTier: Record<string, number>;
    defaultVisitsPerYear: number;
  };
  planningScenarioId: string | null;
  territories: Territory[];
};

export type NewTerritoryPlan = {
  name: string;
  effectiveFrom: string;
  copyFrom?: string;
  seed?: "ownership" | "empty";
};

export type TerritoryInput = {
  key: string;
  name: string;
  parentKey: string | null;
  level: TerritoryLevel;
  kind?: "primary" | "overlay";
  priority?: number;
  rules?: TerritoryRule[];
  namedAccountIds?: string[];
  baseLatitude?: number | null;
  baseLongitude?: number | null;
  targetShare?: string | null;
  maxAccounts?: number | null;
  maxWorkload?: number | null;
  owners?: { personId: string; role?: "primary" | "overlay"; validFrom?: string; validTo?: string | null }[];
};

export type Coverage = {
  gaps: { accountId: string; name: string; countryCode: string | null; regionId: string | null }[];
  overlaps: { accountId: string; name: string; territoryIds: string[] }[];
  unassigned: number;
  noCoordinates: { count: number; accounts: { accountId: string; name: string }[] };
  byTerritory: { territoryId: string; accounts: number; potential: string }[];
};

export type PlanAccount = {
  accountId: string;
  externalId: string;
  name: string;
  countryCode: string | null;
  city: string | null;
  postalCode: string | null;
  industry: string | null;
  tier: string | null;
  potential: string;
  workload: number;
  latitude: number | null;
  longitude: number | null;
  territoryId: string | null;
  source: "rule" | "named" | "optimiser" | "manual" | null;
  locked: boolean;
  ownerId: string | null;
};

export type PlanAccountsPage = { total: number; accounts: PlanAccount[] };

export type MapTerritory = {
  id: string;
  key: string;
  name: string;
  parentId: string | null;
  baseLatitude: number | null;
  baseLongitude: number | null;
};

export type MapAccount = {
  id: string;
  name: string;
  lat: number;
  lon: number;
  territoryId: string | null;
  potential: string;
  tier: string | null;
};

export type TerritoryMapData = {
  countries: string[];
  territories: MapTerritory[];
  accounts: MapAccount[];
  withoutCoordinates: number;
};

export type AccountMove = { accountId: string; territoryId: string; locked?: boolean };

export type PlanEvent = {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  detail: unknown;
};

export type PlanComparison = {
  base: { planId: string; name: string; metrics: BalanceMetrics };
  other: { planId: string; name: string; metrics: BalanceMetrics };
  moved: number;
  movedPotential: string;
};

export type OptimisationMethod = "heuristic" | "milp" | "auto";

export type OptimisationRequest = {
  territoryIds?: string[];
  weights?: BalanceWeights;
  method?: OptimisationMethod;
  timeLimitSeconds?: number;
  mipRelGap?: number;
  seed?: number;
};

export type OptimisationStatus = "queued" | "running" | "done" | "failed" | "applied";

export type OptimisationMove = {
  accountId: string;
  name: string;
  fromTerritoryId: string | null;
  toTerritoryId: string;
  potential: string;
};

export type Optimisation = {
  id: string;
  planId: string;
  status: OptimisationStatus;
  options: unknown;
  seconds: number | null;
  error: { title: string; errors: { path: string; message: string }[] } | null;
  result: {
    method: string;
    /** HiGHS's report when it ran (see readSolverReport). */
    solver: unknown;
    objective: number;
    warnings: unknown[];
    before: BalanceMetrics | null;
    after: BalanceMetrics;
    moves: OptimisationMove[];
  } | null;
};

export type PublishEffects = {
  accountsMoved: number;
  ownersChanged: number;
  quotaTransfers: QuotaTransfer[];
  transfersAppliedTo: string | null;
};

export type PublishResult = { plan: TerritoryPlan; effects: PublishEffects };
