import { compareAmounts, isZero, roundAmount, subtractAmounts, sumAmounts } from "@attain/engine";
import {
  type ControlRow,
  type PayLine,
  payLineOfKind,
  payLineOrder,
  type PayrollRow,
} from "./payroll-presets";

export type PayrollPayee = {
  employeeId: string;
  employeeName: string;
  /** Result lines (in `currency`) and adjustments (each in its own currency). */
  currency: string | null;
  lines: { kind: string; amount: string }[];
  adjustments: { amount: string; currency: string }[];
};

const abs = (amount: string) => amount.replace(/^-/, "");

/**
 * Pay lines per payee and currency: result lines summed by pay line, adjustments on their own line, each rounded
 * half-up to the currency's minor unit. The rounding residue goes to the largest line, so a payee's rows add up to
 * their exact total rounded once; zero rows are left out. Control totals per currency sum the rows.
 */
export function buildPayrollRows(periodKey: string, payees: readonly PayrollPayee[]) {
  const rows: PayrollRow[] = [];
  const sorted = [...payees].sort((a, b) =>
    a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0,
  );
  for (const payee of sorted) {
    const groups = new Map<string, Map<PayLine, string[]>>();
    const add = (currency: string, line: PayLine, amount: string) => {
      const byLine = groups.get(currency) ?? new Map<PayLine, string[]>();
      byLine.set(line, [...(byLine.get(line) ?? []), amount]);
      groups.set(currency, byLine);
    };
    if (payee.currency)
      for (const l of payee.lines) add(payee.currency, payLineOfKind[l.kind] ?? "other", l.amount);
    for (const a of payee.adjustments) add(a.currency, "adjustment", a.amount);
    for (const currency of [...groups.keys()].sort()) {
      const byLine = groups.get(currency)!;
      const lines = payLineOrder
        .filter((line) => byLine.has(line))
        .map((payLine) => {
          const exact = sumAmounts(byLine.get(payLine)!);
          return { payLine, exact, amount: roundAmount(exact, currency, "half_up") };
        });
      const target = roundAmount(sumAmounts(lines.map((l) => l.exact)), currency, "half_up");
      const residue = subtractAmounts(target, sumAmounts(lines.map((l) => l.amount)));
      if (!isZero(residue) && lines.length > 0) {
        const largest = lines.reduce((best, l) =>
          compareAmounts(abs(l.amount), abs(best.amount)) > 0 ? l : best,
        );
        largest.amount = roundAmount(sumAmounts([largest.amount, residue]), currency, "half_up");
      }
      for (const line of lines) {
        if (isZero(line.amount)) continue;
        rows.push({
          employeeId: payee.employeeId,
          employeeName: payee.employeeName,
          periodKey,
          payLine: line.payLine,
          amount: line.amount,
          currency,
        });
      }
    }
  }
  const controls: ControlRow[] = [...new Set(rows.map((r) => r.currency))].sort().map((currency) => {
    const inCurrency = rows.filter((r) => r.currency === currency);
    return {
      periodKey,
      currency,
      total: sumAmounts(inCurrency.map((r) => r.amount)),
      rowCount: inCurrency.length,
    };
  });
  return { rows, controls };
}
