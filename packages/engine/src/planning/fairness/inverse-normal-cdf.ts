// Peter Acklam's rational approximation of the standard normal quantile (relative error below 1.15e-9), chosen
// over Box–Muller because it turns exactly one uniform into one normal: the count of random numbers per draw is
// then fixed, which keeps the benchmark's floor honest, and it needs no log or sqrt in the central 95%.
const a0 = -39.69683028665376,
  a1 = 220.9460984245205,
  a2 = -275.9285104469687,
  a3 = 138.357751867269,
  a4 = -30.66479806614716,
  a5 = 2.506628277459239;
const b0 = -54.47609879822406,
  b1 = 161.5858368580409,
  b2 = -155.6989798598866,
  b3 = 66.80131188771972,
  b4 = -13.28068155288572;
const c0 = -0.007784894002430293,
  c1 = -0.3223964580411365,
  c2 = -2.400758277161838,
  c3 = -2.549732539343734,
  c4 = 4.374664141464968,
  c5 = 2.938163982698783;
const d0 = 0.007784695709041462,
  d1 = 0.3224671290700398,
  d2 = 2.445134137142996,
  d3 = 3.754408661907416;
const LOW = 0.02425;
const HIGH = 1 - LOW;

/** z with Φ(z) = p, for 0 < p < 1 (the caller never passes 0 or 1: its uniforms are (k + 0.5) / 2^32). */
export function inverseNormalCdf(p: number): number {
  if (p < LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > HIGH) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
