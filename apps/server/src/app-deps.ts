import type { AttainDatabase } from "@attain/db";
import type { RateLimiter } from "./auth/rate-limit";
import type { Clock } from "./clock";

/** What every route may use; built once by `createApp` so tests can inject their own database and clock. */
export type AppDeps = {
  database: AttainDatabase;
  clock: Clock;
  signInLimiter: RateLimiter;
  /** Where uploads are spooled before import. */
  uploadDir: string;
};
