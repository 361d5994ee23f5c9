import type { CreditingSettings } from "./crediting-schemas";

/** The rules when a workspace has saved none: the owner (or the deal's splits) and overlays, rolled up to every manager. */
export const defaultCreditingSettings: CreditingSettings = {
  owner: true,
  rollup: { levels: "all" },
  duplicatePolicy: "keep_highest",
  territories: [],
  territoryOwners: false,
  relationships: [],
  team: null,
};
