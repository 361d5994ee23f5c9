import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { naive2Forecast, mase, smape } from "@attain/engine";
import { arimaForecast } from "../apps/server/src/forecast-statistics/run-rate/arima-forecast";
import { loadArima } from "../apps/server/src/forecast-statistics/run-rate/load-arima";
import { engineMethods } from "./m3-forecast.bench";
import type { BenchResult } from "./types";

// The classic monthly series of ../shared/data/timeseries (shampoo 36, car sales 108, champagne 105, writing paper
// 147, Australian wines 6 × 180): the last 12 months held out, each method forecasts them from the rest; sMAPE, MASE
// (m = 12) and RMSE per series and method. Published reference (worked-examples.md §13): shampoo, best ETS
// (multiplicative trend) RMSE 83.72 on the last 12. Missing values ("*", Rosé Jul–Aug 1994) are left out of the scores.
// Standalone: `node --import tsx bench/classic-series.bench.ts`. Knob: TIMESERIES_DIR.
const folder =
  process.env.TIMESERIES_DIR ?? fileURLToPath(new URL("../../shared/data/timeseries/", import.meta.url));
export const name = "classic monthly series: last 12 months held out (sMAPE, MASE, RMSE)";

const HOLDOUT = 12;
const PERIOD = 12;
type Series = { name: string; values: (number | null)[] };

function readColumns(file: string, label: (column: string) => string): Series[] {
  const lines = readFileSync(`${folder}${file}`, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const header = lines[0]!.split(",").map((cell) => cell.replaceAll('"', "").trim());
  return header.slice(1).map((column, index) => ({
    name: label(column),
    values: lines.slice(1).map((line) => {
      const cell = line.split(",")[index + 1]?.replaceAll('"', "").trim() ?? "";
      const value = Number(cell);
      return cell === "" || !Number.isFinite(value) ? null : value;
    }),
  }));
}

function loadSeries(): Series[] {
  const files: [string, string][] = [
    ["monthly-shampoo-sales.csv", "shampoo"],
    ["monthly-car-sales.csv", "car sales (Quebec)"],
    ["monthly_champagne_sales.csv", "champagne"],
    ["monthly-writing-paper-sales.csv", "writing paper"],
  ];
  const series = files
    .filter(([file]) => existsSync(`${folder}${file}`))
    .flatMap(([file, title]) => readColumns(file, () => title));
  if (existsSync(`${folder}AustralianWines.csv`))
    series.push(
      ...readColumns("AustralianWines.csv", (column) => `Australian wine: ${column.toLowerCase()}`),
    );
  return series;
}

export async function run(): Promise<BenchResult[]> {
  const all = loadSeries();
  if (all.length === 0) {
    console.log(`skipped: no series found in ${folder} (set TIMESERIES_DIR)`);
    return [];
  }
  const methods = engineMethods(HOLDOUT);
  const ARIMA = await loadArima();
  if (ARIMA)
    methods.push({
      name: "sarima (arima pkg)",
      forecast: (y) => arimaForecast(ARIMA, y, HOLDOUT, PERIOD) ?? [],
    });
  else console.log("SARIMA skipped: the `arima` package is not installed");

  const started = performance.now();
  const rows: string[][] = [];
  for (const series of all) {
    const train = series.values.slice(0, -HOLDOUT);
    const test = series.values.slice(-HOLDOUT);
    if (train.some((value) => value === null)) {
      console.log(`${series.name}: skipped, missing values in the training part`);
      continue;
    }
    const history = train as number[];
    for (const method of methods) {
      let forecast = method.forecast(history);
      const failed = forecast.length !== HOLDOUT;
      if (failed) forecast = naive2Forecast(history, { horizon: HOLDOUT, period: PERIOD }).mean;
      const kept = test.flatMap((value, h) => (value === null ? [] : [[value, forecast[h]!] as const]));
      const actual = kept.map(([value]) => value);
      const predicted = kept.map(([, value]) => value);
      const rmse = Math.sqrt(kept.reduce((sum, [y, f]) => sum + (y - f) ** 2, 0) / kept.length);
      const scaled = mase(history, actual, predicted, PERIOD);
      rows.push([
        series.name,
        `${history.length}+${HOLDOUT}`,
        method.name + (failed ? " (failed: naive2)" : ""),
        smape(actual, predicted).toFixed(2),
        scaled === null ? "—" : scaled.toFixed(3),
        rmse.toFixed(2),
      ]);
    }
  }
  const header = ["series", "n", "method", "sMAPE", "MASE", "RMSE"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  let previous = "";
  for (const row of rows) {
    if (previous && row[0] !== previous) console.log("");
    previous = row[0]!;
    console.log(line(row));
  }
  console.log("published: shampoo, best ETS (multiplicative trend) RMSE 83.72 on the last 12 months");
  return [
    {
      name: `classic series: ${all.length} series × ${methods.length} methods`,
      measuredMs: performance.now() - started,
      floorMs: null,
      floorLabel: null,
      targetRatio: null,
      detail: "table above",
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
