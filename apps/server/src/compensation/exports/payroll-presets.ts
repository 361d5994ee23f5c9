import type { CsvCell } from "./write-csv";

/** Pay lines of a payroll export: result lines grouped by kind, plus adjustments. */
export type PayLine = "commission" | "bonus" | "spif" | "draw" | "holdback" | "adjustment" | "other";

export const payLineOrder: readonly PayLine[] = [
  "commission",
  "bonus",
  "spif",
  "draw",
  "holdback",
  "adjustment",
  "other",
];

/** Which pay line a result line's kind is paid on. */
export const payLineOfKind: Record<string, PayLine> = {
  commission: "commission",
  true_up: "commission",
  clawback: "commission",
  cap: "commission",
  override: "commission",
  formula: "commission",
  bonus: "bonus",
  mbo: "bonus",
  spif: "spif",
  draw_advance: "draw",
  draw_recovery: "draw",
  holdback: "holdback",
  holdback_release: "holdback",
  hold: "holdback",
  hold_release: "holdback",
};

export type PayrollRow = {
  employeeId: string;
  employeeName: string;
  periodKey: string;
  payLine: PayLine;
  amount: string;
  currency: string;
};

export type ControlRow = { periodKey: string; currency: string; total: string; rowCount: number };

export type PayrollPreset = {
  header: string[];
  row: (row: PayrollRow) => CsvCell[];
  control: (control: ControlRow) => CsvCell[];
};

export const payrollPresetNames = ["generic", "adp", "sage"] as const;
export type PayrollPresetName = (typeof payrollPresetNames)[number];

const genericCodes: Record<PayLine, string> = {
  commission: "COMMISSION",
  bonus: "BONUS",
  spif: "SPIF",
  draw: "DRAW",
  holdback: "HOLDBACK",
  adjustment: "ADJUSTMENT",
  other: "OTHER",
};
const adpCodes: Record<PayLine, string> = {
  commission: "C",
  bonus: "B",
  spif: "S",
  draw: "D",
  holdback: "H",
  adjustment: "A",
  other: "O",
};
const sageCodes: Record<PayLine, string> = {
  commission: "101",
  bonus: "102",
  spif: "103",
  draw: "104",
  holdback: "105",
  adjustment: "106",
  other: "109",
};
const labels: Record<PayLine, string> = {
  commission: "Commission",
  bonus: "Bonus",
  spif: "SPIF",
  draw: "Draw",
  holdback: "Holdback",
  adjustment: "Adjustment",
  other: "Other",
};
const batchOf = (periodKey: string) => `ATTAIN${periodKey.replaceAll("-", "")}`;

/**
 * Column layouts. generic: one row per payee and pay line. adp: an ADP-style earnings batch (company code ATN,
 * batch ATTAIN<period>, File # = employee id, earnings codes C/B/S/D/H/A/O). sage: a Sage-style payments import
 * (payment types 101–106, 109). Each ends with a control-total row per currency.
 */
export const payrollPresets: Record<PayrollPresetName, PayrollPreset> = {
  generic: {
    header: ["employee_id", "employee_name", "period", "pay_code", "amount", "currency"],
    row: (r) => [
      r.employeeId,
      r.employeeName,
      r.periodKey,
      genericCodes[r.payLine],
      { amount: r.amount },
      r.currency,
    ],
    control: (c) => ["CONTROL_TOTAL", `${c.rowCount} rows`, c.periodKey, "", { amount: c.total }, c.currency],
  },
  adp: {
    header: [
      "Co Code",
      "Batch ID",
      "File #",
      "Employee Name",
      "Earnings Code",
      "Earnings Amount",
      "Currency",
    ],
    row: (r) => [
      "ATN",
      batchOf(r.periodKey),
      r.employeeId,
      r.employeeName,
      adpCodes[r.payLine],
      { amount: r.amount },
      r.currency,
    ],
    control: (c) => [
      "ATN",
      batchOf(c.periodKey),
      "TOTAL",
      `${c.rowCount} rows`,
      "",
      { amount: c.total },
      c.currency,
    ],
  },
  sage: {
    header: [
      "Employee Reference",
      "Employee Name",
      "Payment Type",
      "Description",
      "Value",
      "Currency",
      "Period",
    ],
    row: (r) => [
      r.employeeId,
      r.employeeName,
      sageCodes[r.payLine],
      labels[r.payLine],
      { amount: r.amount },
      r.currency,
      r.periodKey,
    ],
    control: (c) => [
      "TOTAL",
      `${c.rowCount} rows`,
      "",
      "Control total",
      { amount: c.total },
      c.currency,
      c.periodKey,
    ],
  },
};
