// Account segments (docs/calculations/segmentation.md): rules, tiers, RFM and clusters, and segment profiles.
export { checkSegmentationAccounts } from "./check-segmentation-accounts";
export { checkSegmentationConfig } from "./check-segmentation-config";
export { clusterAccounts, SILHOUETTE_SAMPLE } from "./cluster-accounts";
export { fieldValue as segmentFieldValue } from "./field-value";
export { profileSegments } from "./profile-segments";
export { type RfmSegment, rfmSegmentOf, rfmSegments } from "./rfm-grid";
export { runSegmentation } from "./run-segmentation";
export { scoreRfm } from "./score-rfm";
export { segmentByRules } from "./segment-by-rules";
export {
  isSegmentField,
  numericFields as numericSegmentFields,
  textFields as textSegmentFields,
} from "./segment-fields";
export type { SegmentationPart } from "./segmentation-part";
export { segmentationConfigSchema } from "./segmentation-config-schema";
export { tierAccounts } from "./tier-accounts";
