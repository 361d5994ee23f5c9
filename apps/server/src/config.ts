import { resolve } from "node:path";

export type AttainConfig = {
  port: number;
  /** PostgreSQL server; absent = embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Pins the clock (YYYY-MM-DD), for demos and reproducible runs. */
  today: string | undefined;
  /** Create the demo company on first start. */
  demo: boolean;
};

/** Reads the configuration from the environment; every setting has a default so that `npm start` needs none. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AttainConfig {
  const port = Number.parseInt(env.PORT ?? "3000", 10);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.ATTAIN_DATA_DIR || ".attain"),
    today: env.ATTAIN_TODAY || undefined,
    demo: env.ATTAIN_DEMO !== "false",
  };
}
