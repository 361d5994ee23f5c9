import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createTerritoryFixture } from "./territory-fixture";

/** A fresh database with the territory fixture for the calling test file, and clients signed in as its users. */
export const useTerritoryFixture = (options: { today?: string } = {}) =>
  useSignedInFixture(createTerritoryFixture, options);
