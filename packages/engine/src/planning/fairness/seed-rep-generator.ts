import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";

// murmur3's finaliser: every input bit flips about half the output bits, so seeds 1 and 2 (or ids "r1" and "r2")
// start from unrelated states — xoroshiro128plus(seed) alone starts neighbouring seeds from neighbouring states.
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

// FNV-1a over the id's UTF-16 code units: a stable 32-bit name for the rep.
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * A xoroshiro128+ generator of its own for each rep, from the run's seed and the rep's id. Why per rep: a rep's
 * draws then do not depend on which other reps are in the run or in what order, and raising one quota changes
 * only that rep's attainments (the same actuals divided by more), which makes the check explainable and testable.
 */
export function seedRepGenerator(seed: number, repId: string): RandomGenerator {
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) | 0;
  const id = hashId(repId);
  const state: number[] = [0, 1, 2, 3].map((lane) =>
    mix32(mix32(low + Math.imul(lane, 0x9e3779b9)) ^ mix32(high ^ id ^ Math.imul(lane + 1, 0x7feb352d))),
  );
  // The all-zero state is xoroshiro's one fixed point; it cannot be left, so it is never used.
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state);
}
