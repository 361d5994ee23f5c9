// Builds the web app when apps/web/dist is missing or older than any web source file, so `npm start` stays fast.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const webRoot = "apps/web";
const builtIndex = join(webRoot, "dist", "index.html");

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

const sources = ["src", "index.html", "vite.config.ts", "package.json"]
  .map((p) => join(webRoot, p))
  .filter(existsSync);
const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs;
if (stale || process.argv.includes("--force")) {
  console.log("Building the web app…");
  execFileSync("npx", ["vite", "build", "--config", join(webRoot, "vite.config.ts"), "--logLevel", "warn"], {
    stdio: "inherit",
  });
}
