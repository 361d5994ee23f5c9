import { currencyMinorUnits } from "../money/currency-minor-units";
import { Dec, formatDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import type { ResultLine } from "./calculation";
import { roundDecimalText } from "./decimal-text";
import { type DraftLine, exactTextOf } from "./draft-line";
import { ZERO } from "./parse-tier-table";
import type { PlanDefinition } from "./plan";

type Mode = PlanDefinition["rounding"]["mode"];

/**
 * The rounded lines and earned total, plus what sums of them need without reading text back: in "line" mode each
 * amount in minor units (`units`, every amount has `places` digits), otherwise each amount as a Dec (`amounts`).
 */
export type RoundedLines = {
  lines: ResultLine[];
  earned: string;
  places: number;
  units: bigint[] | null;
  amounts: Dec[] | null;
};

/**
 * Applies the plan's rounding policy (mode named, places default to the currency's minor unit): "line" rounds each
 * line; "component" rounds each component's total and puts the difference on its last line; "payout" rounds the
 * earned total and puts the difference on the last line. The lines always add up to the rounded total, and no
 * line but a cap line moves by more than one rounding (half a unit in half_* modes); in "line" mode a cap line
 * absorbs the rounding of its component's lines, so the cap holds on the rounded amounts. Returns the lines and the earned total.
 */
export function roundLines(plan: PlanDefinition, drafts: DraftLine[]): RoundedLines {
  const { mode, apply } = plan.rounding;
  const places = plan.rounding.places ?? currencyMinorUnits(plan.currency);
  // Checks places and mode (an EngineInputError names them) before rounding any line.
  if (drafts.length > 0) roundDec(ZERO, places, mode);
  if (apply === "line") return roundEachLine(drafts, places, mode);
  const amounts: Dec[] = drafts.map((d) => d.exact);
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
    return resultLine(d, exactTextOf(d), amount.toFixed());
  });
  return { lines, earned: formatDec(earned, places), places, units: null, amounts };
}

// Each line rounded on its own, except a cap line: it brings the component's rounded lines to the rounded capped
// total, so rounding the lines can never pay a cent above the cap. Every other line is rounded as text (the same
// digits as rounding its Dec); the sums are kept in minor units.
function roundEachLine(drafts: DraftLine[], places: number, mode: Mode): RoundedLines {
  const capped = new Set<string>();
  for (const d of drafts) if (d.kind === "cap") capped.add(d.component);
  // Per capped component: the exact sum of its lines so far, and the sum of their rounded amounts in minor units.
  const exactSoFar = new Map<string, Dec>();
  const roundedSoFar = new Map<string, bigint>();
  const units: bigint[] = [];
  let earned = 0n;
  const lines = drafts.map((d): ResultLine => {
    const exact = exactTextOf(d);
    let amount: string;
    let minor: bigint;
    if (capped.has(d.component)) {
      const exactTotal = (exactSoFar.get(d.component) ?? ZERO).plus(d.exact);
      const before = roundedSoFar.get(d.component) ?? 0n;
      exactSoFar.set(d.component, exactTotal);
      if (d.kind === "cap") {
        // The cap line brings the component's rounded lines to its rounded exact total.
        minor = unitsOf(roundDecimalText(exactTotal.toFixed(), places, mode), places) - before;
        amount = minorUnitsText(minor, places);
      } else {
        amount = roundDecimalText(exact, places, mode);
        minor = unitsOf(amount, places);
      }
      roundedSoFar.set(d.component, before + minor);
    } else {
      amount = roundDecimalText(exact, places, mode);
      minor = unitsOf(amount, places);
    }
    units.push(minor);
    earned += minor;
    return resultLine(d, exact, amount);
  });
  return { lines, earned: minorUnitsText(earned, places), places, units, amounts: null };
}

// An amount written with exactly `places` digits, in minor units ("-12.50" → -1250n).
function unitsOf(amount: string, places: number): bigint {
  return BigInt(places === 0 ? amount : amount.replace(".", ""));
}

function resultLine(d: DraftLine, exact: string, amount: string): ResultLine {
  return {
    component: d.component,
    kind: d.kind,
    creditId: d.creditId,
    transactionId: d.transactionId,
    trace: d.trace,
    exact,
    amount,
  };
}

/** Internal: an amount in minor units written with `places` digits (12345n, 2 → "123.45"; never "-0.00"). */
export function minorUnitsText(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const cut = digits.length - places;
  const text = places === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${text}` : text;
}

const DECIMAL_JS_MODE = {
  half_up: Dec.ROUND_HALF_UP,
  half_even: Dec.ROUND_HALF_EVEN,
  half_down: Dec.ROUND_HALF_DOWN,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceiling: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
} as const satisfies Record<Mode, number>;

// The same value as money's roundDec, kept a Dec (no text written and read back); zero is always +0.
function roundedDec(value: Dec, places: number, mode: Mode): Dec {
  const rounded = value.toDecimalPlaces(places, DECIMAL_JS_MODE[mode]);
  return rounded.isZero() ? ZERO : rounded;
}
