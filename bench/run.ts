import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchModule, BenchResult } from "./types";

// Runs every bench/*.bench.ts (or those whose file name contains an argument) and prints a table of ratios to the floor.
const folder = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(`${folder}${file}`).href)) as BenchModule;
  console.log(`\n▶ ${module.name}`);
  results.push(...(await module.run()));
}

const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(2)} s`);
const rows = results.map((result) => {
  const ratio = result.floorMs ? result.measuredMs / result.floorMs : null;
  return [
    result.name,
    seconds(result.measuredMs),
    seconds(result.floorMs),
    ratio === null ? "—" : `${ratio.toFixed(2)}×`,
    result.targetRatio === null
      ? "—"
      : `≤ ${result.targetRatio}× ${ratio !== null && ratio <= result.targetRatio ? "ok" : "MISSED"}`,
    result.detail ?? "",
  ];
});
const header = ["benchmark", "measured", "floor", "ratio", "target", "detail"];
const widths = header.map((title, index) =>
  Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)),
);
const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ");
console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
for (const row of rows) console.log(line(row));
for (const result of results)
  if (result.floorLabel) console.log(`floor of "${result.name}": ${result.floorLabel}`);
