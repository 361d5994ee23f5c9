import type { ResultLine } from "./calculation";

/**
 * `allocateCapCuts` for rounded lines whose amounts all have the policy's places (rounding "line"), in minor units:
 * the same shares, the same remainder rule, the same order, in exact integer arithmetic instead of a decimal object
 * and an exact division per transaction. Why exact: with M the cut, A a transaction's amount and S the total in minor
 * units, M·A/S rounded half_even to an integer is `divideDec(M×A, S, places)` scaled by 10^places. Empty when nothing
 * was cut.
 */
export function allocateCapCutUnits(
  lines: readonly Pick<ResultLine, "component" | "kind" | "transactionId">[],
  units: readonly bigint[],
): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let cut: Map<string, bigint> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ResultLine;
    const amount = units[i] as bigint;
    if (line.kind === "cap" && line.transactionId === null && amount !== 0n) {
      cut ??= new Map();
      cut.set(line.component, (cut.get(line.component) ?? 0n) + amount);
    }
  }
  if (cut === null) return out;
  for (const [component, total] of cut) {
    const earned = new Map<string, bigint>();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as ResultLine;
      if (line.component !== component || line.transactionId === null) continue;
      earned.set(line.transactionId, (earned.get(line.transactionId) ?? 0n) + (units[i] as bigint));
    }
    const weights = [...earned].filter(([, amount]) => amount > 0n);
    let sum = 0n;
    for (const [, amount] of weights) sum += amount;
    if (sum === 0n) continue;
    const magnitude = -total > sum ? sum : -total;
    let largest = 0;
    weights.forEach(([, amount], i) => {
      if (amount > (weights[largest] as [string, bigint])[1]) largest = i;
    });
    let given = 0n;
    weights.forEach(([id, amount], i) => {
      if (i === largest) return;
      const share = divideHalfEven(magnitude * amount, sum);
      given += share;
      out.set(id, (out.get(id) ?? 0n) - share);
    });
    const [id] = weights[largest] as [string, bigint];
    out.set(id, (out.get(id) ?? 0n) - (magnitude - given));
  }
  return out;
}

/** n / d rounded to an integer, half to even (d ≠ 0). */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d; // truncated toward zero
  const r = n - q * d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const size = d < 0n ? -d : d;
  const away = twice > size || (twice === size && (q & 1n) !== 0n);
  if (!away) return q;
  return n < 0n !== d < 0n ? q - 1n : q + 1n;
}
