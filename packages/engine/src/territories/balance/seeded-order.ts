import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** 0…n−1 in a seeded Fisher–Yates order (xoroshiro128+): the same seed gives the same order on every machine. */
export function seededOrder(n: number, seed: number): Int32Array {
  const rng = xoroshiro128plus(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}
