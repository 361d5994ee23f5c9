/**
 * Hard limits, checked at compile time (and, for the numeric ones, at run time) so a hostile or careless formula
 * costs bounded time and memory. Documented in README.md.
 */
export const FORMULA_LIMITS = {
  /** Characters of source. */
  maxLength: 10_000,
  /** Parentheses, function calls and unary minus nested inside each other. */
  maxDepth: 64,
  /** Digits in one number literal, integer and fraction together. */
  maxLiteralDigits: 30,
  /** Nodes of the parsed tree (numbers, names, operators, calls). */
  maxNodes: 1_000,
  /** Largest magnitude of any number a formula produces: |x| ≤ 1e30. */
  maxMagnitude: "1e30",
  /** Fraction digits of any number a formula produces (exact products can grow; this keeps them bounded). */
  maxFractionDigits: 1_000,
  /** Fraction digits of a quotient, rounded half-even. */
  divisionPlaces: 20,
  /** Exponents of ^ are integers in 0..maxExponent. */
  maxExponent: 100,
  /** ROUND, ROUNDUP and ROUNDDOWN accept places from minRoundPlaces to maxRoundPlaces. */
  minRoundPlaces: -30,
  maxRoundPlaces: 100,
} as const;
