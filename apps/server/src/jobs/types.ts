import type { AttainDatabase } from "@attain/db";

/** A job as a worker sees it once claimed. */
export type ClaimedJob = {
  id: string;
  workspaceId: string;
  kind: string;
  payload: Record<string, unknown>;
  /** 1 on the first try; a job re-queued after a crash runs again with the next attempt number. */
  attempts: number;
};

export type JobContext = {
  database: AttainDatabase;
  job: ClaimedJob;
  /** Records how far the job is (`done` of `total`), visible to whoever polls it; also a heartbeat. */
  progress(done: number, total: number): Promise<void>;
};

/** Does the work of one kind of job; what it returns is stored as the job's result. Must be idempotent. */
export type JobHandler = (context: JobContext) => Promise<unknown>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type JobRunnerOptions = {
  /** Name recorded in `locked_by` (default: host and process id). */
  workerId?: string;
  /** A running job whose heartbeat is older than this is taken to belong to a dead process (default 60 s). */
  staleAfterMs?: number;
  /** How often a running job's heartbeat is written (default 10 s). */
  heartbeatMs?: number;
  /** A job that failed this many times is not retried (default 3). */
  maxAttempts?: number;
};
