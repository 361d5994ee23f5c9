import type { CompRun } from "../../api/comp-types";

/** Share of payees done, 0–100, rounded down so 100 means finished; a finished run is 100 even with no payees. */
export function runProgressPercent(run: Pick<CompRun, "status" | "progress">): number {
  if (run.status === "succeeded") return 100;
  const { done, total } = run.progress;
  if (total <= 0) return 0;
  return Math.min(99, Math.floor((done * 100) / total));
}

export function isRunFinished(run: Pick<CompRun, "status"> | undefined): boolean {
  return run?.status === "succeeded" || run?.status === "failed";
}
