// Fails when the Drizzle schema and the committed migrations have drifted apart: generates into a copy of the
// migrations folder and checks that nothing new appears.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";

const committed = "packages/db/migrations";
// drizzle-kit only accepts an output folder relative to the project.
const copy = ".attain-migration-check";
rmSync(copy, { recursive: true, force: true });
try {
  cpSync(committed, copy, { recursive: true });
  const before = readdirSync(copy).sort();
  execFileSync(
    "npx",
    [
      "drizzle-kit",
      "generate",
      "--dialect",
      "postgresql",
      "--schema",
      "packages/db/src/schema/index.ts",
      "--out",
      copy,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  if (!existsSync(join(copy, "meta", "_journal.json")))
    throw new Error("drizzle-kit did not read the migrations copy");
  const added = readdirSync(copy).filter((f) => !before.includes(f));
  if (added.length > 0) {
    console.error(
      `The schema changed without a migration: drizzle-kit would add ${added.join(", ")}.\nRun \`npm run db:generate -- --name <what-changed>\` and commit the result.`,
    );
    process.exitCode = 1;
  } else console.log("Schema and migrations agree.");
} finally {
  rmSync(copy, { recursive: true, force: true });
}
