import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * A seeded Fisher–Yates shuffle (xoroshiro128+): the same seed and the same items give the same order, on every
 * machine. Callers sort their items by id first, so the order of the input does not matter either.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const rng = xoroshiro128plus(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return result;
}
