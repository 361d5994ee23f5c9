/**
 * Wall-clock milliseconds per phase of a calculation (input loading, engine, encoding, writes…), summed over the
 * run: returned with the run's outcome (job result) and logged when ATTAIN_RUN_TIMINGS=1.
 */
export type PhaseTimings = Record<string, number>;

export type PhaseTimer = {
  readonly timings: PhaseTimings;
  /** Adds the time since the previous mark (or since the timer started) to `phase`. */
  mark(phase: string): void;
  /** Adds `ms` to `phase`. */
  add(phase: string, ms: number): void;
  /** Times `work` (sync or async) into `phase`. */
  time<T>(phase: string, work: () => T): T;
};

export function createPhaseTimer(): PhaseTimer {
  const timings: PhaseTimings = {};
  let last = performance.now();
  const add = (phase: string, ms: number) => {
    timings[phase] = (timings[phase] ?? 0) + ms;
  };
  return {
    timings,
    add,
    mark(phase) {
      const now = performance.now();
      add(phase, now - last);
      last = now;
    },
    time(phase, work) {
      const start = performance.now();
      const value = work();
      if (value instanceof Promise) {
        return value.finally(() => add(phase, performance.now() - start)) as typeof value;
      }
      add(phase, performance.now() - start);
      return value;
    },
  };
}

/** Timings rounded to milliseconds, for a job result or a log line. */
export function roundTimings(timings: PhaseTimings): PhaseTimings {
  return Object.fromEntries(Object.entries(timings).map(([phase, ms]) => [phase, Math.round(ms)]));
}
