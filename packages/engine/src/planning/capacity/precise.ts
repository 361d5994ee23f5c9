import Decimal from "decimal.js";

/**
 * The one inexact step of capacity planning: (1 − a)^(1/12) has no finite decimal form, so survival factors are
 * computed in this 40-significant-digit clone (half-even) and then used exactly with the money Dec. 40 digits is
 * far below anything a head count rounded to 4 places can show, and fixed, so every run gives the same digits.
 */
export const Precise = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Precise = InstanceType<typeof Precise>;
