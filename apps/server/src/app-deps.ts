import type { AttainDatabase } from "@attain/db";
import type { RateLimiter } from "./auth/rate-limit";
import type { Clock } from "./clock";
import type { LiveHub } from "./live";

/** What every route may use; built once by `createApp` so tests can inject their own database and clock. */
export type AppDeps = {
  database: AttainDatabase;
  clock: Clock;
  signInLimiter: RateLimiter;
  /** Where uploads are spooled before import. */
  uploadDir: string;
  /**
   * Live updates (one hub per process: it listens to the database and feeds `/api/live/events`). Optional when
   * building the app: `createApp` then makes one that starts listening with the first stream.
   */
  live: LiveHub;
};
