import { Worker } from "node:worker_threads";

// An HTTP load generator for the benchmarks (autocannon is not installed): `concurrency` clients, each sending its next
// request as soon as it has read the previous answer, with Node's fetch (undici), in a worker thread so that a server
// running in the benchmark's own process does not share the clients' event loop.

export type LoadRequest = {
  /** Groups the latencies in the report (e.g. "values", "breakdown"). */
  label: string;
  url: string;
  method?: "GET" | "PATCH" | "POST";
  headers?: Record<string, string>;
  body?: string;
};

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

export type LoadReport = LatencySummary & {
  seconds: number;
  perSecond: number;
  errors: number;
  /** The first few failures (status and the start of the body, or the network error). */
  errorSamples: string[];
  byLabel: Record<string, LatencySummary>;
  /** Every successful request's latency in ms, in completion order. */
  latencies: number[];
  /** Writes sent on the side (one every `writeEveryMs`), when any. */
  writes: (LatencySummary & { errors: number }) | null;
};

export type LoadPlan = {
  requests: LoadRequest[];
  concurrency: number;
  /** Cycle through `requests` for this long; absent: send each request exactly once. */
  durationMs?: number;
  /** Sent one every `writeEveryMs` beside the clients, in order, while the load runs. */
  writes?: LoadRequest[];
  writeEveryMs?: number;
};

/** Nearest-rank percentile of ascending `sorted` milliseconds. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function summarise(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
}

type WorkerResult = {
  samples: { label: string; ms: number }[];
  errors: number;
  errorSamples: string[];
  writeSamples: number[];
  writeErrors: number;
  elapsedMs: number;
};

// Plain JavaScript (no loader in the worker): only fetch and performance.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { requests, concurrency, durationMs, writes, writeEveryMs } = workerData;
const samples = [];
const writeSamples = [];
const errorSamples = [];
let errors = 0;
let writeErrors = 0;
async function send(request) {
  const started = performance.now();
  try {
    const response = await fetch(request.url, { method: request.method ?? "GET", headers: request.headers, body: request.body });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status >= 400) return { ms, error: response.status + " " + request.url + " " + text.slice(0, 200) };
    return { ms, error: null };
  } catch (error) {
    const cause = error && error.cause ? " (" + (error.cause.code || error.cause.message || error.cause) + ")" : "";
    return { ms: performance.now() - started, error: String(error && error.message || error) + cause + " " + request.url };
  }
}
async function main() {
  const start = performance.now();
  const until = durationMs === undefined ? Infinity : start + durationMs;
  let next = 0;
  const client = async () => {
    for (;;) {
      if (durationMs === undefined ? next >= requests.length : performance.now() >= until) return;
      const request = requests[next++ % requests.length];
      const { ms, error } = await send(request);
      if (error) { errors++; if (errorSamples.length < 5) errorSamples.push(error); }
      else samples.push({ label: request.label, ms });
    }
  };
  let writing = Promise.resolve();
  let timer;
  if (writes && writes.length > 0 && durationMs !== undefined) {
    let w = 0;
    timer = setInterval(() => {
      if (w >= writes.length) return;
      const request = writes[w++];
      writing = writing.then(async () => {
        const { ms, error } = await send(request);
        if (error) { writeErrors++; if (errorSamples.length < 5) errorSamples.push("write: " + error); }
        else writeSamples.push(ms);
      });
    }, writeEveryMs ?? 1000);
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  if (timer) clearInterval(timer);
  await writing;
  parentPort.postMessage({ samples, errors, errorSamples, writeSamples, writeErrors, elapsedMs: performance.now() - start });
}
main();
`;

/** Runs the plan and summarises it: requests per second, latency percentiles in ms, overall and per label. */
export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const worker = new Worker(workerSource, { eval: true, workerData: plan });
  const result = await new Promise<WorkerResult>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  const labels = new Map<string, number[]>();
  for (const sample of result.samples) {
    const list = labels.get(sample.label) ?? [];
    list.push(sample.ms);
    labels.set(sample.label, list);
  }
  const all = summarise(result.samples.map((sample) => sample.ms));
  const seconds = result.elapsedMs / 1000;
  return {
    ...all,
    seconds,
    perSecond: (all.count + result.errors) / seconds,
    errors: result.errors,
    errorSamples: result.errorSamples,
    byLabel: Object.fromEntries([...labels].map(([label, list]) => [label, summarise(list)])),
    latencies: result.samples.map((sample) => sample.ms),
    writes:
      plan.writes && plan.writes.length > 0
        ? { ...summarise(result.writeSamples), errors: result.writeErrors }
        : null,
  };
}
