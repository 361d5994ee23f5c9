/**
 * The measures every credit line can carry (the engine's ALWAYS_MEASURES, the default of validatePlan); `attain calc`
 * adds the extra measure columns of transactions.csv, `attain plans validate --measures` adds named ones.
 */
export const STANDARD_MEASURES = ["bookings", "arr", "margin", "units", "paid_amount"] as const;
