import { expect } from "vitest";
import { PlanningInputError } from "./planning-input-error";
import type { PlanningIssue } from "./types";

/** The issues `work` throws in one PlanningInputError (fails the test when it does not throw one). */
export function issuesOf(work: () => unknown): PlanningIssue[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanningInputError);
    if (error instanceof PlanningInputError) {
      expect(error.message).toBe(error.issues.map((i) => i.message).join("; "));
      return error.issues;
    }
  }
  expect.fail("expected a PlanningInputError");
}

/** Just the codes, for compact expectations. */
export const codesOf = (work: () => unknown) => issuesOf(work).map((i) => i.code);
