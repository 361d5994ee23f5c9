import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const screenshotsDir = `${root}test-results/screenshots`;
export const tracesDir = `${root}test-results/traces`;

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

export function fileSafe(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
