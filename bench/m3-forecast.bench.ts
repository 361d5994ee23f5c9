import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  combineForecasts,
  dampedTrendForecast,
  mase,
  naive2Forecast,
  optimisedThetaForecast,
  type SeriesForecast,
  seasonalNaiveForecast,
  sesForecast,
  smape,
  thetaForecast,
} from "@attain/engine";
import { arimaForecast } from "../apps/server/src/forecast-statistics/run-rate/arima-forecast";
import { loadArima } from "../apps/server/src/forecast-statistics/run-rate/load-arima";
import type { BenchResult } from "./types";

// M3 monthly (1,428 series; the last 18 points of each are the official holdout, `split = test`): every method
// forecasts 18 months from the training part; sMAPE = mean over series and horizons 1–18 of 200·|y − f|/(|y| + |f|),
// MASE scaled by the in-sample seasonal-naive MAE (m = 12). Published (Makridakis & Hibon 2000; Autobox's
// recalculation of Theta): Naive2 16.77 (our pipeline check), seasonal naive 17.24, Theta 13.85.
// Standalone: `node --import tsx bench/m3-forecast.bench.ts`. Knob: M3_FILE (path of m3_monthly_long.csv).
const file =
  process.env.M3_FILE ??
  fileURLToPath(new URL("../../shared/data/timeseries/m3/m3_monthly_long.csv", import.meta.url));
export const name = "M3 monthly: 18-month forecasts of 1,428 series (sMAPE, MASE)";

const HORIZON = 18;
const PERIOD = 12;
const published: Record<string, string> = { naive2: "16.77", seasonal_naive: "17.24", theta: "13.85" };

type Series = { id: string; category: string; train: number[]; test: number[] };
type Method = { name: string; forecast(y: number[]): number[] };

export function readM3(path: string): Series[] {
  const series = new Map<string, Series>();
  const lines = readFileSync(path, "utf8").split("\n");
  const header = lines[0]!.trim().split(",");
  const column = (title: string) => header.indexOf(title);
  const [id, category, t, value, split] = ["series", "category", "t", "value", "split"].map(column);
  const rows = lines
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(","));
  rows.sort((a, b) => (a[id!]! < b[id!]! ? -1 : a[id!]! > b[id!]! ? 1 : Number(a[t!]) - Number(b[t!])));
  for (const row of rows) {
    const key = row[id!]!;
    let entry = series.get(key);
    if (!entry) {
      entry = { id: key, category: row[category!]!, train: [], test: [] };
      series.set(key, entry);
    }
    (row[split!] === "test" ? entry.test : entry.train).push(Number(row[value!]));
  }
  return [...series.values()];
}

const mean = (forecast: SeriesForecast) => forecast.mean;

/** The engine's methods forecasting `horizon` monthly points (also used by classic-series.bench.ts). */
export const engineMethods = (horizon: number): Method[] => {
  const options = { horizon, period: PERIOD };
  return [
    { name: "naive2", forecast: (y) => mean(naive2Forecast(y, options)) },
    { name: "seasonal_naive", forecast: (y) => mean(seasonalNaiveForecast(y, options)) },
    { name: "ses", forecast: (y) => mean(sesForecast(y, options)) },
    { name: "holt", forecast: (y) => mean(dampedTrendForecast(y, { ...options, phi: 1 })) },
    { name: "damped", forecast: (y) => mean(dampedTrendForecast(y, options)) },
    { name: "theta", forecast: (y) => mean(thetaForecast(y, options)) },
    { name: "optimised theta", forecast: (y) => mean(optimisedThetaForecast(y, options)) },
    {
      name: "optimised theta+damped",
      forecast: (y) =>
        mean(combineForecasts("c", [optimisedThetaForecast(y, options), dampedTrendForecast(y, options)])),
    },
    {
      name: "theta+damped",
      forecast: (y) =>
        mean(combineForecasts("c", [thetaForecast(y, options), dampedTrendForecast(y, options)])),
    },
    {
      name: "theta+damped+ses",
      forecast: (y) =>
        mean(
          combineForecasts("c", [
            thetaForecast(y, options),
            dampedTrendForecast(y, options),
            sesForecast(y, options),
          ]),
        ),
    },
  ];
};

type Score = { smape: number[]; mase: number[]; ms: number; failed: number };

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (set M3_FILE)`);
    return [];
  }
  const all = readM3(file);
  console.log(`${all.length} series, ${all.reduce((n, s) => n + s.train.length, 0)} training points`);
  const methods = engineMethods(HORIZON);
  const ARIMA = await loadArima();
  if (ARIMA)
    methods.push({
      name: "sarima (arima pkg)",
      forecast: (y) => arimaForecast(ARIMA, y, HORIZON, PERIOD) ?? [],
    });
  else console.log("SARIMA skipped: the `arima` package is not installed");

  const scores = new Map<string, Map<string, Score>>();
  const score = (method: string, category: string) => {
    let byCategory = scores.get(method);
    if (!byCategory) {
      byCategory = new Map();
      scores.set(method, byCategory);
    }
    let entry = byCategory.get(category);
    if (!entry) {
      entry = { smape: [], mase: [], ms: 0, failed: 0 };
      byCategory.set(category, entry);
    }
    return entry;
  };
  const results: BenchResult[] = [];
  for (const method of methods) {
    const started = performance.now();
    for (const series of all) {
      const t0 = performance.now();
      let forecast = method.forecast(series.train);
      const cell = score(method.name, series.category);
      const total = score(method.name, "ALL");
      if (forecast.length !== HORIZON) {
        // A method that fails on a series is scored with Naive2 there, and counted.
        forecast = naive2Forecast(series.train, { horizon: HORIZON, period: PERIOD }).mean;
        cell.failed++;
        total.failed++;
      }
      const s = smape(series.test, forecast);
      const q = mase(series.train, series.test, forecast, PERIOD);
      for (const entry of [cell, total]) {
        entry.smape.push(s);
        if (q !== null) entry.mase.push(q);
        entry.ms += performance.now() - t0;
      }
    }
    const total = score(method.name, "ALL");
    results.push({
      name: `M3 monthly ${method.name}`,
      measuredMs: performance.now() - started,
      floorMs: null,
      floorLabel: null,
      targetRatio: null,
      detail: `sMAPE ${average(total.smape).toFixed(2)}${published[method.name] ? ` (published ${published[method.name]})` : ""}, MASE ${average(total.mase).toFixed(3)}`,
    });
  }
  printTable(scores, all);
  const engineScores = [...scores.entries()]
    .filter(([method]) => !method.startsWith("sarima"))
    .map(([method, byCategory]) => ({ method, smape: average(byCategory.get("ALL")!.smape) }))
    .sort((a, b) => a.smape - b.smape);
  const best = engineScores[0]!;
  printCoverage(all);
  console.log(
    `goal: sMAPE ≤ 13.85 (published Theta) — best engine method "${best.method}" ${best.smape.toFixed(3)}: ${best.smape <= 13.85 ? "met" : "MISSED"}`,
  );
  return results;
}

const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

function printTable(scores: Map<string, Map<string, Score>>, all: Series[]) {
  const categories = ["ALL", ...[...new Set(all.map((s) => s.category))].sort()];
  const header = [
    "method",
    "published",
    ...categories.map((c) => `sMAPE ${c}`),
    "MASE ALL",
    "failed",
    "time",
  ];
  const rows = [...scores.entries()].map(([method, byCategory]) => {
    const total = byCategory.get("ALL")!;
    return [
      method,
      published[method] ?? "—",
      ...categories.map((c) => {
        const entry = byCategory.get(c);
        return entry ? `${average(entry.smape).toFixed(2)} (${entry.smape.length})` : "—";
      }),
      average(total.mase).toFixed(3),
      String(total.failed),
      `${(total.ms / 1000).toFixed(1)} s`,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

/** Share of held-out points inside each method's 80 % interval (p10–p90): 80 % when the intervals are calibrated. */
function printCoverage(all: Series[]) {
  const options = { horizon: HORIZON, period: PERIOD, level: 0.8 };
  const methods: [string, (y: number[]) => SeriesForecast][] = [
    ["theta", (y) => thetaForecast(y, options)],
    ["optimised theta", (y) => optimisedThetaForecast(y, options)],
    ["damped", (y) => dampedTrendForecast(y, options)],
    ["naive2", (y) => naive2Forecast(y, options)],
  ];
  for (const [method, forecast] of methods) {
    const inside = { early: 0, late: 0 };
    for (const series of all) {
      const f = forecast(series.train);
      series.test.forEach((y, h) => {
        if (y >= f.lower[h]! && y <= f.upper[h]!) inside[h < 6 ? "early" : "late"]++;
      });
    }
    const share = (count: number, horizons: number) =>
      `${((100 * count) / (all.length * horizons)).toFixed(1)} %`;
    console.log(
      `80 % interval coverage, ${method}: horizons 1–6 ${share(inside.early, 6)}, 7–18 ${share(inside.late, 12)}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const result of await run())
    console.log(`${result.name}: ${(result.measuredMs / 1000).toFixed(2)} s — ${result.detail}`);
}
