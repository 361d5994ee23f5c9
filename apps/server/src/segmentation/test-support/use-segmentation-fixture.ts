import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createSegmentationFixture } from "./segmentation-fixture";

/** A fresh database with the segmentation fixture for the calling test file, and clients signed in as its users. */
export const useSegmentationFixture = (options: { today?: string } = {}) =>
  useSignedInFixture(createSegmentationFixture, options);
