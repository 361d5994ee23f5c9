import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createPlanningFixture } from "./planning-fixture";

/** A fresh database with the planning fixture for the calling test file, and clients signed in as its users. */
export const usePlanningFixture = (options: { today?: string } = {}) =>
  useSignedInFixture(createPlanningFixture, options);
