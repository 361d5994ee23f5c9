import { compareAmounts, sumAmounts } from "@attain/engine";
import type { FieldProblem } from "../../http/problem";
import type { SplitEntryInput } from "./split-schemas";

/**
 * The rules of a deal's splits that a schema cannot see: "split" shares add up to exactly 1 (decimal arithmetic, so
 * 0.1 + 0.2 + 0.7 is 1), and a person appears at most once per role. Overlays are extra credit and are not summed.
 */
export function checkSplitShares(splits: readonly SplitEntryInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  splits.forEach((s, i) => {
    const key = `${s.role} ${s.personId}`;
    if (seen.has(key)) {
      problems.push({ path: `splits.${i}.personId`, message: `This person already has a "${s.role}" share` });
    }
    seen.add(key);
  });
  const shares = splits.filter((s) => s.role === "split").map((s) => s.share);
  if (shares.length > 0) {
    const sum = sumAmounts(shares);
    if (compareAmounts(sum, "1") !== 0) {
      problems.push({
        path: "splits",
        message: `The "split" shares must add up to exactly 1; their sum is ${sum}`,
      });
    }
  }
  return problems;
}
