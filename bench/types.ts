/** One measurement: the time of the thing measured and, when there is one, of the floor it is compared with. */
export type BenchResult = {
  name: string;
  measuredMs: number;
  floorMs: number | null;
  /** What "floor" means for this measurement, e.g. "COPY of the same file into a plain table". */
  floorLabel: string | null;
  /** The ratio to stay under (e.g. 3), when the brief sets one. */
  targetRatio: number | null;
  detail?: string;
};

export type BenchModule = { name: string; run(): Promise<BenchResult[]> };
