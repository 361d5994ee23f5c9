export { compareAmounts, isZero } from "./compare-amounts";
export { convertAmount } from "./convert-amount";
export { currencyMinorUnits } from "./currency-minor-units";
export { divideAmount } from "./divide-amount";
export { multiplyAmount } from "./multiply-amount";
export { negateAmount } from "./negate-amount";
export { parseDecimal } from "./parse-decimal";
export { type RoundingMode, roundAmount, roundingModes, roundTo } from "./round-amount";
export { subtractAmounts, sumAmounts } from "./sum-amounts";
