import type { CompPeriodStatus } from "@attain/db";
import { ApiError } from "../../http/problem";

/** The 409 for an illegal workflow step: it names the period's current status and the one asked for. */
export function periodConflict(
  periodKey: string,
  current: CompPeriodStatus,
  wanted: CompPeriodStatus | "adjusted" | "exported" | "recalculated",
  allowed: readonly CompPeriodStatus[],
): ApiError {
  return new ApiError(
    409,
    "Illegal period transition",
    `Period ${periodKey} is ${current}; it must be ${allowed.join(" or ")} to become ${wanted}.`,
    undefined,
    { currentStatus: current, wantedStatus: wanted, allowedFrom: allowed },
  );
}
