import { ApiProblem } from "../../api/api-fetch";

/**
 * A 422's `errors` keyed by path ("stage", "stages.2.name"), messages at the same path joined. A leading "body." is
 * dropped so the form can look fields up by their own names. Anything that is not a problem gives no field errors.
 */
export function fieldErrors(error: unknown): Map<string, string> {
  const byPath = new Map<string, string>();
  if (!(error instanceof ApiProblem)) return byPath;
  for (const { path, message } of error.errors) {
    const key = path.replace(/^body\./, "");
    const previous = byPath.get(key);
    byPath.set(key, previous ? `${previous}; ${message}` : message);
  }
  return byPath;
}

/** The errors no field on the form shows (so they are not lost): the ones whose path is not in `shown`. */
export function otherErrors(errors: ReadonlyMap<string, string>, shown: (path: string) => boolean): string[] {
  return [...errors].filter(([path]) => !shown(path)).map(([path, message]) => `${path}: ${message}`);
}

/** The messages at `path` or below it ("stages.3.entryCriteria" shows "stages.3.entryCriteria.checklist.0"). */
export function errorsUnder(errors: ReadonlyMap<string, string>, path: string): string | undefined {
  const messages = [...errors].filter(([p]) => p === path || p.startsWith(`${path}.`)).map(([, m]) => m);
  return messages.length > 0 ? messages.join("; ") : undefined;
}
