import { ApiProblem } from "../../api/api-fetch";

/**
 * The server's per-field messages (problem+json `errors[].path`) keyed by the form field they name: the first
 * segment of the path ("milestones.1.dueOn" → also "milestones"), and the full path.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const byField: Record<string, string> = {};
  for (const { path, message } of error.errors) {
    const normalised = path
      .replace(/^body[./]/, "")
      .replace(/\[(\d+)\]/g, ".$1")
      .replace(/\//g, ".");
    byField[normalised] ??= message;
    const head = normalised.split(".")[0] ?? normalised;
    byField[head] ??= message;
  }
  return byField;
}

/** A problem's message for the form as a whole (what no field took). */
export function problemMessage(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiProblem) return error.detail ?? error.title;
  return error instanceof Error ? error.message : String(error);
}
