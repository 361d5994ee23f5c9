import { Dec } from "../../money/decimal";
import type { BalanceTerritory } from "../types";

/**
 * Each territory's share of the total as a number: its `targetShare`, and the territories without one split what
 * is left (1 − the given shares) equally; with no shares at all that is 1/n each. The input check has made sure
 * the given shares are decimals 0–1 summing to at most 1 (exactly 1 when all are given).
 */
export function targetShares(territories: readonly BalanceTerritory[]): number[] {
  const given = territories.filter((territory) => territory.targetShare !== null);
  const open = territories.length - given.length;
  const rest = given.reduce(
    (sum, territory) => sum.minus(new Dec(territory.targetShare as string)),
    new Dec(1),
  );
  // A number division: Dec's precision is unbounded (it would expand 1/3 forever), and the optimiser works in floats.
  const equal = open === 0 ? 0 : rest.toNumber() / open;
  return territories.map((territory) =>
    territory.targetShare === null ? equal : new Dec(territory.targetShare).toNumber(),
  );
}
