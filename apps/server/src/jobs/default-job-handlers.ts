import { CALCULATION_JOB, runCalculationJob } from "../compensation/runs/run-calculation-job";
import { GOALS_CHECK_JOB } from "../goals/check-goals";
import { runGoalsCheckJob } from "../goals/run-goals-check-job";
import { OPTIMISATION_JOB } from "../territories/start-optimisation";
import { runOptimisationJob } from "../territories/run-optimisation-job";
import type { JobHandlers } from "./types";

/** Every kind of job this server runs. */
export const defaultJobHandlers: JobHandlers = {
  [CALCULATION_JOB]: runCalculationJob,
  [OPTIMISATION_JOB]: runOptimisationJob,
  [GOALS_CHECK_JOB]: runGoalsCheckJob,
};
