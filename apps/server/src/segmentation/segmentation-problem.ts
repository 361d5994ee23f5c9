import { SegmentationInputError } from "@attain/engine";
import type { z } from "@hono/zod-openapi";
import { unprocessable } from "../compensation/inputs/unprocessable";
import type { FieldProblem } from "../http/problem";

/** A zod or engine path as the API names it: `config.tiers[1].share`. */
export function pathOf(prefix: string, parts: readonly PropertyKey[]): string {
  let path = prefix;
  for (const part of parts)
    path += typeof part === "number" ? `[${part}]` : `${path ? "." : ""}${String(part)}`;
  return path || "(body)";
}

/** zod's issues of a body part → a 422 naming every field (nothing was changed). */
export function unprocessableOf(error: z.ZodError, prefix: string) {
  const problems: FieldProblem[] = error.issues.map((issue) => ({
    path: pathOf(prefix, issue.path),
    message: issue.message,
  }));
  return unprocessable(problems, "The configuration is not valid; see `errors`. Nothing was changed.");
}

/**
 * Runs `work`; the engine's SegmentationInputError becomes a 422 naming each issue under `prefix` (its field) or the
 * account it is about; anything else is rethrown.
 */
export function withSegmentationProblems<T>(work: () => T, prefix = "config"): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof SegmentationInputError)) throw error;
    throw unprocessable(
      error.issues.map((issue) => ({
        path: issue.field
          ? `${prefix}.${issue.field}`
          : issue.accountId
            ? `accounts.${issue.accountId}`
            : prefix,
        message: issue.message,
      })),
      "The segmentation cannot run on this input; see `errors`. Nothing was changed.",
    );
  }
}
