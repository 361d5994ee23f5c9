import type { JobHandler } from "../../jobs/types";
import { executeCalculationRun } from "./execute-calculation-run";

export const CALCULATION_JOB = "comp.calculate";

/** The job that calculates one comp_runs row (payload `{ runId }`). */
export const runCalculationJob: JobHandler = async ({ database, job, progress }) => {
  const runId = job.payload.runId;
  if (typeof runId !== "string") throw new Error("A calculation job needs a runId.");
  return executeCalculationRun(database, runId, progress);
};
