export type SolverReport = {
  status: string;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  seconds: number | null;
};

const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** HiGHS's report as the run stored it (the API types it loosely), or null when no solver ran (the heuristic). */
export function readSolverReport(solver: unknown): SolverReport | null {
  if (typeof solver !== "object" || solver === null) return null;
  const record = solver as Record<string, unknown>;
  if (typeof record.status !== "string") return null;
  return {
    status: record.status,
    objective: num(record.objective),
    bound: num(record.bound),
    gap: num(record.gap),
    seconds: num(record.seconds),
  };
}
