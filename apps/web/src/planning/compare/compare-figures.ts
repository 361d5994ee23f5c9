import type { ScenarioFigures } from "../../api/planning-types";
import { subtractDecimalStrings } from "../../format/decimal-string";

export type FigureKind = "money" | "share" | "count" | "heads";

export type FigureRow = {
  id: string;
  kind: FigureKind;
  base: string | null;
  other: string | null;
  /** other − base, exact for decimal strings; null when either side is missing. */
  delta: string | null;
};

const decimal = (value: number | null) => (value === null ? null : String(value));

/** The compare page's lines: each figure of both scenarios and the difference (other − base). */
export function compareFigures(base: ScenarioFigures, other: ScenarioFigures): FigureRow[] {
  const line = (id: string, kind: FigureKind, pick: (f: ScenarioFigures) => string | null): FigureRow => {
    const a = pick(base);
    const b = pick(other);
    return {
      id,
      kind,
      base: a,
      other: b,
      delta: a === null || b === null ? null : subtractDecimalStrings(b, a),
    };
  };
  // The share is a simulated probability (a float): rounded to 4 places so the delta reads cleanly.
  const share = (f: ScenarioFigures) =>
    f.expectedShareAtThreshold === null
      ? null
      : (Math.round(f.expectedShareAtThreshold * 10000) / 10000).toFixed(4);
  return [
    line("target", "money", (f) => f.target),
    line("totalQuota", "money", (f) => f.totalQuota),
    line("overAssignment", "share", (f) => f.overAssignment),
    line("expectedShare", "share", share),
    line("heads", "heads", (f) => f.heads),
    line("hires", "count", (f) => decimal(f.hires)),
    line("capacity", "money", (f) => f.capacity),
    line("costOfSales", "money", (f) => f.costOfSales),
    line("costOfSalesRatio", "share", (f) => f.costOfSalesRatio),
  ];
}
