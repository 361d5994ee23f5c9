import { currencyMinorUnits } from "../money/currency-minor-units";
import { divideAmount } from "../money/divide-amount";
import { roundAmount } from "../money/round-amount";
import { sumAmounts } from "../money/sum-amounts";
import { ratioText } from "./ratio-text";
import { medianOfCounts } from "./stage-velocity";

/** Deals of one group, status and cycle length: `amount` sums the `amountDeals` of them that have a reporting amount. */
export type OutcomeCount = {
  key: string;
  label: string;
  status: "open" | "won" | "lost";
  deals: number;
  amountDeals: number;
  amount: string;
  /** Days from created on to close date (won deals; null when a date is missing). */
  cycleDays: number | null;
};

export type WinRateFigures = {
  won: number;
  lost: number;
  winRate: string | null;
  averageDeal: string | null;
  cycleMedianDays: number | null;
};

export type WinRateGroup = WinRateFigures & { key: string; label: string; open: number; openAmount: string };

function figuresOf(
  rows: readonly OutcomeCount[],
  currency: string,
): WinRateFigures & { open: number; openAmount: string } {
  const count = (status: OutcomeCount["status"]) =>
    rows.filter((r) => r.status === status).reduce((sum, r) => sum + r.deals, 0);
  const wonRows = rows.filter((r) => r.status === "won");
  const won = count("won");
  const lost = count("lost");
  const wonWithAmount = wonRows.reduce((sum, r) => sum + r.amountDeals, 0);
  const wonAmount = sumAmounts(wonRows.map((r) => r.amount));
  const cycles = wonRows.flatMap((r) =>
    r.cycleDays === null ? [] : [{ days: r.cycleDays, count: r.deals }],
  );
  const openRows = rows.filter((r) => r.status === "open");
  return {
    won,
    lost,
    winRate: ratioText(won, won + lost),
    averageDeal:
      wonWithAmount === 0
        ? null
        : divideAmount(wonAmount, String(wonWithAmount), currencyMinorUnits(currency), "half_up"),
    cycleMedianDays: medianOfCounts(cycles),
    open: count("open"),
    openAmount: roundAmount(sumAmounts(openRows.map((r) => r.amount)), currency, "half_up"),
  };
}

/**
 * Win rate (won ÷ (won + lost), by count), average won deal (mean reporting amount, to the cent) and median sales
 * cycle of won deals, overall and per group, groups sorted by label.
 */
export function winRates(
  rows: readonly OutcomeCount[],
  currency: string,
): { summary: WinRateFigures; groups: WinRateGroup[] } {
  const { open: _open, openAmount: _openAmount, ...summary } = figuresOf(rows, currency);
  const keys = new Map<string, string>();
  for (const row of rows) if (!keys.has(row.key)) keys.set(row.key, row.label);
  const groups = [...keys.entries()]
    .map(([key, label]) => ({
      key,
      label,
      ...figuresOf(
        rows.filter((r) => r.key === key),
        currency,
      ),
    }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return { summary, groups };
}
