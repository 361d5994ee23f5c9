import Decimal from "decimal.js";
import { toDec } from "../../money/decimal";
import { seededShuffle } from "../seeded-random";

/**
 * A seeded train / held-out split of customer ids: sorted by id (so input order does not matter), shuffled, and the
 * first round(n × holdoutShare) (half up; at least 1, leaving at least 3 to train on) held out.
 */
export function splitCustomers(
  ids: readonly string[],
  holdoutShare: string,
  seed: number,
): { train: Set<string>; heldOut: Set<string> } {
  const shuffled = seededShuffle([...ids].sort(), seed);
  const wanted = toDec(holdoutShare).times(ids.length).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const size = Math.min(Math.max(1, wanted), ids.length - 3);
  return { heldOut: new Set(shuffled.slice(0, size)), train: new Set(shuffled.slice(size)) };
}
