import type { SegmentAssignment } from "../types";

/** What each segmentation method returns: one assignment per account, in input order, and the accounts it could not place. */
export type SegmentationPart = {
  assignments: SegmentAssignment[];
  warnings: { accountId: string; message: string }[];
  /** The segments in their natural order (rule order, tier order, grid order, cluster order), for the profiles. */
  segments: string[];
};
