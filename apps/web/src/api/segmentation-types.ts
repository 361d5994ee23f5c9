// Mirrors the segmentation API (docs/territories-api.md, "Segmentation"; apps/server/src/segmentation/schemas.ts is
// the source of truth). Amounts are decimal strings in the workspace currency; dates YYYY-MM-DD. Configurations,
// profiles and potential estimates are the engine's contract types.
import type {
  ClusterSummary,
  PotentialAccuracy,
  PotentialConfig,
  PotentialEstimate,
  PotentialResult,
  SegmentationConfig,
  SegmentProfile,
} from "../../../../packages/engine/src/segmentation/types";

export type {
  ClusterConfig,
  ClusterSummary,
  PotentialAccuracy,
  PotentialConfig,
  PotentialEstimate,
  RfmConfig,
  RuleSegmentationConfig,
  SegmentationConfig,
  SegmentCondition,
  SegmentField,
  SegmentProfile,
  SegmentRule,
  TierConfig,
} from "../../../../packages/engine/src/segmentation/types";

export type SegmentationKind = SegmentationConfig["kind"];

export type SegmentationSummary = {
  id: string;
  name: string;
  kind: SegmentationKind;
  validFrom: string;
  asOf: string;
  currency: string;
  accounts: number;
  segmented: number;
  segments: number;
  createdAt: string;
};

export type SegmentationRun = SegmentationSummary & {
  config: SegmentationConfig;
  profiles: SegmentProfile[];
  clusters: ClusterSummary | null;
  warnings: { accountId: string; message: string }[];
};

/** A preview is computed, not stored: it has no id, no valid-from date and no creation time. */
export type SegmentationPreview = Omit<SegmentationRun, "id" | "validFrom" | "createdAt"> & {
  id: null;
  validFrom: null;
  createdAt: null;
};

/** What the profiles panel shows, the same for a stored run and a preview. */
export type SegmentationResultView = Pick<
  SegmentationRun,
  | "accounts"
  | "segmented"
  | "segments"
  | "asOf"
  | "currency"
  | "config"
  | "profiles"
  | "clusters"
  | "warnings"
>;

export type SegmentationPreviewRequest = { name: string; config: SegmentationConfig; asOf?: string };
export type NewSegmentation = SegmentationPreviewRequest & { validFrom: string };

export type SegmentAccount = {
  accountId: string;
  externalId: string;
  name: string;
  segment: string | null;
  trace: string[];
};

export type SegmentAccountsPage = { total: number; accounts: SegmentAccount[] };

export type PotentialFitRequest = Partial<PotentialConfig>;

export type PotentialModelSummary = {
  id: string;
  createdAt: string;
  currency: string;
  config: PotentialConfig;
  model: PotentialResult["model"];
  accuracy: PotentialAccuracy;
  warnings: { accountId: string; message: string }[];
  accounts: number;
  totalPotential: string;
};

export type PotentialAccount = PotentialEstimate & { name: string; externalId: string };
export type PotentialAccountsPage = { total: number; estimates: PotentialAccount[] };

/** A page of a list: the search text and the window. */
export type PageQuery = { q?: string; limit: number; offset: number };
