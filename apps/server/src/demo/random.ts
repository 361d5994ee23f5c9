import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus, xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";

/** A seeded random source. Everything in the demo draws from one of these, never from Math.random or the clock. */
export type Random = {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Lognormal with the given median and log-standard deviation. */
  lognormal(median: number, sigma: number): number;
  /** A version-4-shaped UUID drawn from this stream. */
  uuid(): string;
  /** 32 random bits, to seed a child stream. */
  bits(): number;
  /** An independent child stream (so one table's draws never shift another's). */
  fork(): Random;
};

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Mixes any number of 32-bit words into one (murmur3 finaliser), so nearby seeds give unrelated streams. */
export function mixSeed(...words: number[]): number {
  let h = 0x9e3779b9;
  for (const word of words) {
    h = Math.imul(h ^ (word | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h | 0;
}

/** FNV-1a hash of a string, for seeding a stream from a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function createRandom(seed: number): Random {
  const generator = xoroshiro128plus(mixSeed(seed));
  // The first outputs of a freshly seeded xoroshiro are correlated with the seed; skip them.
  for (let i = 0; i < 16; i++) generator.next();
  return new SeededRandom(generator);
}

type Generator = ReturnType<typeof xoroshiro128plus>;

// A class rather than closures: the generator creates one per deal, and prototype methods cost nothing per instance.
class SeededRandom implements Random {
  private spareNormal: number | undefined;
  constructor(private readonly generator: Generator) {}

  float(): number {
    return uniformFloat64(this.generator);
  }

  int(min: number, max: number): number {
    return min + Math.floor(uniformFloat64(this.generator) * (max - min + 1));
  }

  chance(probability: number): boolean {
    return uniformFloat64(this.generator) < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(uniformFloat64(this.generator) * items.length)]!;
  }

  normal(): number {
    if (this.spareNormal !== undefined) {
      const value = this.spareNormal;
      this.spareNormal = undefined;
      return value;
    }
    const u = 1 - uniformFloat64(this.generator);
    const v = uniformFloat64(this.generator);
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  uuid(): string {
    const g = this.generator;
    const a = g.next();
    const b = (g.next() & 0xffff0fff) | 0x00004000;
    const c = (g.next() & 0x3fffffff) | 0x80000000;
    const d = g.next();
    return `${hex[(a >>> 24) & 255]}${hex[(a >>> 16) & 255]}${hex[(a >>> 8) & 255]}${hex[a & 255]}-${hex[(b >>> 24) & 255]}${hex[(b >>> 16) & 255]}-${hex[(b >>> 8) & 255]}${hex[b & 255]}-${hex[(c >>> 24) & 255]}${hex[(c >>> 16) & 255]}-${hex[(c >>> 8) & 255]}${hex[c & 255]}${hex[(d >>> 24) & 255]}${hex[(d >>> 16) & 255]}${hex[(d >>> 8) & 255]}${hex[d & 255]}`;
  }

  bits(): number {
    return this.generator.next();
  }

  fork(): Random {
    const g = this.generator;
    return new SeededRandom(xoroshiro128plusFromState([g.next(), g.next(), g.next(), g.next() | 1]));
  }
}

/** Picks an index by weight from a cumulative table (see `cumulative`), by binary search. */
export function pickIndex(random: Random, cumulativeWeights: readonly number[]): number {
  const total = cumulativeWeights[cumulativeWeights.length - 1] ?? 0;
  const target = random.float() * total;
  let low = 0;
  let high = cumulativeWeights.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulativeWeights[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => {
    sum += w;
    return sum;
  });
}

/** Picks one of `[value, weight]` pairs. */
export function pickWeighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of options) total += weight;
  let target = random.float() * total;
  for (const [value, weight] of options) {
    target -= weight;
    if (target < 0) return value;
  }
  return options[options.length - 1]![0];
}
