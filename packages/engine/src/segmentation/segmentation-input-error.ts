import { EngineInputError } from "../errors";
import type { SegmentationIssue } from "./types";

/** The one error segmentation and potential functions throw: every issue found in the input at once. */
export class SegmentationInputError extends EngineInputError {
  readonly issues: SegmentationIssue[];

  constructor(issues: SegmentationIssue[]) {
    super(issues.map((issue) => issue.message).join("; "), issues);
    this.name = "SegmentationInputError";
    this.issues = issues;
  }
}

/** Throws a SegmentationInputError carrying `issues` unless there are none. */
export function throwIfIssues(issues: readonly SegmentationIssue[]): void {
  if (issues.length > 0) throw new SegmentationInputError([...issues]);
}
