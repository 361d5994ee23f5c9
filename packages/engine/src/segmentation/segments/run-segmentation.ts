import type {
  SegmentationAccount,
  SegmentationConfig,
  SegmentationContext,
  SegmentationResult,
} from "../types";
import { checkInput } from "./check-input";
import { clusterAccounts } from "./cluster-accounts";
import { profileSegments } from "./profile-segments";
import { scoreRfm } from "./score-rfm";
import { segmentByRules } from "./segment-by-rules";
import type { SegmentationPart } from "./segmentation-part";
import { tierAccounts } from "./tier-accounts";

/**
 * One segmentation run: assigns every account (rules, tiers, RFM or clusters, by `config.kind`), then profiles the
 * segments. Every account gets exactly one assignment, in input order; a null segment comes with a warning.
 * Throws a SegmentationInputError listing every problem before computing anything.
 */
export function runSegmentation(
  accounts: readonly SegmentationAccount[],
  config: SegmentationConfig,
  context: SegmentationContext,
): SegmentationResult {
  checkInput(accounts, config, context, config.kind);
  let part: SegmentationPart;
  let clusters: SegmentationResult["clusters"] = null;
  switch (config.kind) {
    case "rules":
      part = segmentByRules(accounts, config, context);
      break;
    case "tiers":
      part = tierAccounts(accounts, config, context);
      break;
    case "rfm":
      part = scoreRfm(accounts, config, context);
      break;
    case "clusters": {
      const clustered = clusterAccounts(accounts, config, context);
      part = clustered;
      clusters = clustered.clusters;
      break;
    }
  }
  return {
    assignments: part.assignments,
    profiles: profileSegments(accounts, part.assignments, context, part.segments),
    clusters,
    warnings: part.warnings,
  };
}
