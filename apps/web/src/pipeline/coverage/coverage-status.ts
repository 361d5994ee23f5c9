import type { PipelineCoverage } from "../../api/pipeline-types";
import { compareDecimalStrings, subtractDecimalStrings } from "../../format/decimal-string";

export type CoverageStatus = {
  /** Whether the open pipeline covers what the win rate says it must; null when nothing is left to cover or no win rate. */
  covered: boolean | null;
  /** "find" = pipeline still to find, "surplus" = more than needed, null = no gap can be computed. */
  gap: { kind: "find" | "surplus"; amount: string } | null;
};

/** Reads the coverage figures the way the tiles speak about them (the server computes every number). */
export function coverageStatus(data: PipelineCoverage): CoverageStatus {
  const covered =
    data.coverage === null || data.requiredCoverage === null
      ? null
      : compareDecimalStrings(data.coverage, data.requiredCoverage) >= 0;
  const gap =
    data.gap === null
      ? null
      : compareDecimalStrings(data.gap, "0") > 0
        ? { kind: "find" as const, amount: data.gap }
        : { kind: "surplus" as const, amount: subtractDecimalStrings("0", data.gap) };
  return { covered, gap };
}
