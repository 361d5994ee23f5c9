import { currencyMinorUnits } from "../money/currency-minor-units";
import { type Dec, formatDec, toDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import type { ResultLine } from "./calculation";
import type { DraftLine } from "./draft-line";
import { ZERO } from "./parse-tier-table";
import type { PlanDefinition } from "./plan";

/**
 * Applies the plan's rounding policy (mode named, places default to the currency's minor unit): "line" rounds each
 * line; "component" rounds each component's total and puts the difference on its last line; "payout" rounds the
 * earned total and puts the difference on the last line. The lines always add up to the rounded total, and no
 * line but a cap line moves by more than one rounding (half a unit in half_* modes); in "line" mode a cap line
 * absorbs the rounding of its component's lines, so the cap holds on the rounded amounts. Returns the lines and the earned total.
 */
export function roundLines(
  plan: PlanDefinition,
  drafts: DraftLine[],
): { lines: ResultLine[]; earned: string } {
  const { mode, apply } = plan.rounding;
  const places = plan.rounding.places ?? currencyMinorUnits(plan.currency);
  const amounts: Dec[] = apply === "line" ? roundEachLine(drafts, places, mode) : drafts.map((d) => d.exact);
  const adjust = (index: number, total: Dec, scope: string) => {
    const rounded = roundedDec(total, places, mode);
    const difference = rounded.minus(total);
    amounts[index] = (amounts[index] as Dec).plus(difference);
    const draft = drafts[index] as DraftLine;
    draft.trace = [
      ...draft.trace,
      {
        rule: `Rounding (${apply}, ${mode}, ${places} places)`,
        detail: `${scope} ${total.toFixed()} → ${rounded.toFixed(places)}: ${difference.toFixed()} on this line`,
        values: { exact: total.toFixed(), rounded: rounded.toFixed(places) },
      },
    ];
  };
  if (apply === "component") {
    const last = new Map<string, { index: number; total: Dec }>();
    drafts.forEach((d, index) => {
      last.set(d.component, { index, total: (last.get(d.component)?.total ?? ZERO).plus(d.exact) });
    });
    for (const [component, { index, total }] of last) adjust(index, total, `component '${component}' total`);
  } else if (apply === "payout" && drafts.length > 0) {
    adjust(
      drafts.length - 1,
      drafts.reduce((sum, d) => sum.plus(d.exact), ZERO),
      "earned total",
    );
  }
  let earned = ZERO;
  const lines = drafts.map((d, i): ResultLine => {
    const amount = amounts[i] as Dec;
    earned = earned.plus(amount);
    const { exact, ...rest } = d;
    return {
      ...rest,
      exact: exact.toFixed(),
      amount: apply === "line" ? formatDec(amount, places) : amount.toFixed(),
    };
  });
  return { lines, earned: formatDec(earned, places) };
}

// Each line rounded on its own, except a cap line: it brings the component's rounded lines to the rounded capped
// total, so rounding the lines can never pay a cent above the cap.
function roundEachLine(drafts: DraftLine[], places: number, mode: PlanDefinition["rounding"]["mode"]): Dec[] {
  const exactSoFar = new Map<string, Dec>();
  const roundedSoFar = new Map<string, Dec>();
  return drafts.map((d) => {
    const exact = (exactSoFar.get(d.component) ?? ZERO).plus(d.exact);
    const before = roundedSoFar.get(d.component) ?? ZERO;
    const amount =
      d.kind === "cap" ? roundedDec(exact, places, mode).minus(before) : roundedDec(d.exact, places, mode);
    exactSoFar.set(d.component, exact);
    roundedSoFar.set(d.component, before.plus(amount));
    return amount;
  });
}

function roundedDec(value: Dec, places: number, mode: PlanDefinition["rounding"]["mode"]): Dec {
  return toDec(roundDec(value, places, mode));
}
