// Account segmentation and account potential (docs/calculations/segmentation.md, account-potential.md).
export * from "./potential/index";
export * from "./segments/index";
export { SegmentationInputError } from "./segmentation-input-error";
export type * from "./types";
