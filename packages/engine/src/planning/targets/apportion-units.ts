/**
 * Splits `total` whole units in proportion to `weights` (each ≥ 0, sum > 0) by largest remainder (Hamilton): each
 * part first gets ⌊total × w ÷ Σw⌋, then the units left over (fewer than the parts) go one each to the largest
 * remainders, ties to the lower index. The parts sum to `total` exactly, a zero weight gets 0, and raising one
 * weight with the others and the total fixed never lowers its part.
 */
export function apportionUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  const parts: bigint[] = new Array(weights.length);
  const remainders: bigint[] = new Array(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const product = total * (weights[i] ?? 0n);
    const part = product / sum;
    parts[i] = part;
    remainders[i] = product - part * sum;
    given += part;
  }
  const left = Number(total - given);
  if (left === 0) return parts;
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  for (let k = 0; k < left; k++) {
    const i = order[k] ?? 0;
    parts[i] = (parts[i] ?? 0n) + 1n;
  }
  return parts;
}
