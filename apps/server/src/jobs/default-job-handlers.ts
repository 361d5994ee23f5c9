import { CALCULATION_JOB, runCalculationJob } from "../compensation/runs/run-calculation-job";
import type { JobHandlers } from "./types";

/** Every kind of job this server runs. */
export const defaultJobHandlers: JobHandlers = {
  [CALCULATION_JOB]: runCalculationJob,
};
