import { EngineInputError } from "../errors";
import type { TerritoryIssue } from "./types";

/** The one error territory functions throw: every issue found at once (infeasibility names its constraint). */
export class TerritoryInputError extends EngineInputError {
  readonly issues: TerritoryIssue[];

  constructor(issues: TerritoryIssue[]) {
    super(issues.map((issue) => issue.message).join("; "), issues);
    this.name = "TerritoryInputError";
    this.issues = issues;
  }
}
