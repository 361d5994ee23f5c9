import { join } from "node:path";
import { tmpdir } from "node:os";
import { serve } from "@hono/node-server";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { createApp } from "./app";
import { createRateLimiter } from "./auth/rate-limit";
import { type Clock, fixedClock, systemClock } from "./clock";
import { demoCompanyExists, loadDemoCompany, DEMO_LOGINS, DEMO_PASSWORD } from "./demo";
import { startJobRunner } from "./jobs/start-job-runner";
import { createLiveHub, kpiFactsRefresh } from "./live";

export type StartOptions = {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Create the demo company when the database has none (default scale 1). */
  demo?: { scale: number; seed?: number } | false;
  today?: string;
  webDist?: string;
  quiet?: boolean;
  /**
   * Sign-in attempts allowed per client and email per minute (default 10). The browser tests, one client signing the
   * same demo users in again and again, raise it.
   */
  signInsPerMinute?: number;
};

export type RunningAttain = { url: string; database: AttainDatabase; clock: Clock; close(): Promise<void> };

/** Opens (and migrates) the database, creates the demo company on first start, and serves the app. */
export async function startAttain(options: StartOptions = {}): Promise<RunningAttain> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const clock = options.today ? fixedClock(options.today) : systemClock;
  const dataDir = options.dataDir ?? ".attain";
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: dataDir.startsWith("memory://") ? dataDir : join(dataDir, "db"),
  });
  await migrateDatabase(database);
  log(
    `Database: ${database.kind === "pglite" ? `embedded PGlite in ${dataDir}` : "PostgreSQL server (DATABASE_URL)"}`,
  );

  if (options.demo !== false && !(await demoCompanyExists(database, "demo"))) {
    const started = Date.now();
    log("Creating the demo company (first start only)…");
    const demo = await loadDemoCompany(database, {
      scale: options.demo?.scale ?? 1,
      seed: options.demo?.seed,
      today: clock.today(),
    });
    log(`Demo company created in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    void demo;
  }

  // Live updates: listen from the start, so that a database refusing LISTEN shows at start-up, not at the first stream.
  const live = createLiveHub({ database, clock, refresh: kpiFactsRefresh(database) });
  await live.start().catch((error: unknown) => {
    // The app still serves; streams retry listening when they connect.
    console.warn(`Live updates: listening failed: ${error instanceof Error ? error.message : error}`);
  });
  const app = createApp(
    {
      database,
      clock,
      live,
      signInLimiter: createRateLimiter({ limit: options.signInsPerMinute ?? 10, windowMs: 60_000 }),
      uploadDir: join(dataDir.startsWith("memory://") ? tmpdir() : dataDir, "uploads"),
    },
    { webDist: options.webDist },
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname: options.host ?? "127.0.0.1" },
      () => resolve(s),
    );
    s.once("error", reject);
  });
  const jobRunner = startJobRunner(database, { clock });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://localhost:${port}`;
  if (options.demo !== false) {
    log(`\nAttain is running at ${url}\n\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const login of DEMO_LOGINS) log(`  ${login.email.padEnd(28)} ${login.role}`);
  } else {
    log(`Attain is running at ${url}`);
  }
  return {
    url,
    database,
    clock,
    async close() {
      // Open event streams would hold server.close() forever: the hub ends them first.
      await live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobRunner.stop();
      await database.close();
    },
  };
}
