import { defineConfig } from "vitest/config";

// Three suites: `unit` (pure, fast), `db` (database and HTTP, PGlite by default or
// PostgreSQL when DATABASE_URL is set) and `e2e` (a real Chromium through Playwright).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "db",
          include: ["packages/*/src/**/*.db.test.ts", "apps/*/src/**/*.db.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: "forks",
          fileParallelism: true,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          // One Attain (with its demo company) for every browser test file.
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
