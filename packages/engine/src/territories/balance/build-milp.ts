import { accountCost } from "./assignment-state";
import { type BalanceModel, distanceKm, isAllowed, WORKLOAD_BAND_SHARE } from "./balance-model";

/** Which constraint families the model keeps; infeasibility diagnosis drops them one at a time. */
export type MilpFamilies = { maxAccounts: boolean; maxWorkload: boolean; allowed: boolean };

/** The MILP of a balancing: accounts free to move with their territories, the rest fixed at `fixedAt`. */
export type MilpModel = {
  lp: string;
  /** Free accounts and, per free account, its territories (column x{i}_{t}). */
  free: number[];
  territories: Int32Array[];
  columns: number;
  /** Column values of `start` (the heuristic's placement), for HiGHS's warm start. */
  start: Record<string, number>;
};

const num = (value: number) => {
  const text = value.toPrecision(15);
  return text.includes("e") ? text : String(Number(text));
};
const column = (i: number, t: number) => `x${i}_${t}`;

function rowText(name: string, terms: string[], sense: string, rhs: number): string {
  return ` ${name}: ${terms.length > 0 ? terms.join(" ") : "0 x_none"} ${sense} ${num(rhs)}`;
}

/**
 * Writes the balancing MILP in CPLEX LP format (docs/calculations/territory-balancing.md, "MILP"). Loads are scaled
 * to the mean territory (potential × m / P) and the objective by the number of accounts, so coefficients sit near
 * 1 whatever the currency; the optimum is the same assignment. `free[i]` lists where account i may go; every
 * other account stays at `fixedAt[i]` and enters as a constant.
 */
export function buildMilp(
  model: BalanceModel,
  freeTerritories: Map<number, Int32Array>,
  fixedAt: Int32Array,
  families: MilpFamilies,
): MilpModel {
  const m = model.territoryIds.length;
  const n = model.accountIds.length;
  const totalP = model.targetPotential.reduce((s, v) => s + v, 0);
  const totalW = model.targetWorkload.reduce((s, v) => s + v, 0);
  const pUnit = totalP > 0 ? totalP / m : 1;
  const wUnit = totalW > 0 ? totalW / m : 1;
  const scale = Math.max(1, n);
  const fixedP = new Float64Array(m);
  const fixedW = new Float64Array(m);
  const fixedC = new Float64Array(m);
  const pTerms: string[][] = Array.from({ length: m }, () => []);
  const wTerms: string[][] = Array.from({ length: m }, () => []);
  const cTerms: string[][] = Array.from({ length: m }, () => []);
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const free = [...freeTerritories.keys()].sort((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    if (freeTerritories.has(i)) continue;
    const t = fixedAt[i] as number;
    fixedP[t] = (fixedP[t] as number) + (model.potential[i] as number);
    fixedW[t] = (fixedW[t] as number) + (model.workload[i] as number);
    fixedC[t] = (fixedC[t] as number) + 1;
  }
  const territories = free.map((i) => {
    const options = Int32Array.from(freeTerritories.get(i) as Int32Array).filter(
      (t) => !families.allowed || isAllowed(model, i, t),
    );
    const pick: string[] = [];
    for (const t of options) {
      const name = column(i, t);
      binaries.push(name);
      pick.push(`+ ${name}`);
      const cost = accountCost(model, i, t, distanceKm(model, i, t)) * scale;
      if (cost !== 0) objective.push(`+ ${num(cost)} ${name}`);
      const p = (model.potential[i] as number) / pUnit;
      const w = (model.workload[i] as number) / wUnit;
      if (p !== 0) pTerms[t]?.push(`+ ${num(p)} ${name}`);
      if (w !== 0) wTerms[t]?.push(`+ ${num(w)} ${name}`);
      cTerms[t]?.push(`+ ${name}`);
    }
    rows.push(rowText(`a${i}`, pick, "=", 1));
    return options;
  });
  const bandRows = (name: string, terms: string[], gap: number, perUnit: number, weight: number) => {
    if (perUnit <= 0) return;
    const tau = 1 / perUnit;
    const negated = terms.map((term) => `${term.startsWith("+ ") ? "-" : "+"} ${term.slice(2)}`);
    objective.push(`+ ${num(weight * scale)} s${name}`);
    rows.push(rowText(`${name}u`, [...terms, `- ${num(tau)} s${name}`], "<=", gap + tau * model.band));
    rows.push(rowText(`${name}l`, [...negated, `- ${num(tau)} s${name}`], "<=", -gap + tau * model.band));
  };
  const bounds: string[] = [];
  for (let t = 0; t < m; t++) {
    if (model.potentialScale > 0) {
      objective.push(
        `+ ${num(model.potentialScale * pUnit * scale)} dp${t}`,
        `+ ${num(model.potentialScale * pUnit * scale)} dn${t}`,
      );
      const rhs = ((model.targetPotential[t] as number) - (fixedP[t] as number)) / pUnit;
      rows.push(rowText(`p${t}`, [...(pTerms[t] as string[]), `- dp${t}`, `+ dn${t}`], "=", rhs));
    }
    if (model.workloadScale > 0) {
      objective.push(
        `+ ${num(model.workloadScale * wUnit * scale)} ep${t}`,
        `+ ${num(model.workloadScale * wUnit * scale)} en${t}`,
      );
      const rhs = ((model.targetWorkload[t] as number) - (fixedW[t] as number)) / wUnit;
      rows.push(rowText(`w${t}`, [...(wTerms[t] as string[]), `- ep${t}`, `+ en${t}`], "=", rhs));
    }
    // The band: s_t ≥ 0 with ±(L_t − T_t) − τ_t·s_t ≤ τ_t·band, τ_t the band's reference load in units (the
    // penalty is bandWeight·s_t, s_t the relative deviation beyond the band); the same for workload.
    if (Number.isFinite(model.band)) {
      const pGap = ((model.targetPotential[t] as number) - (fixedP[t] as number)) / pUnit;
      const wGap = ((model.targetWorkload[t] as number) - (fixedW[t] as number)) / wUnit;
      bandRows(
        `b${t}`,
        pTerms[t] as string[],
        pGap,
        (model.bandScale[t] as number) * pUnit,
        model.bandWeight,
      );
      const scaleW = model.workloadBandScale[t] as number;
      if (scaleW > 0)
        bandRows(
          `v${t}`,
          wTerms[t] as string[],
          wGap,
          scaleW * wUnit,
          model.bandWeight * WORKLOAD_BAND_SHARE,
        );
    }
    const maxA = model.maxAccounts[t] as number;
    if (families.maxAccounts && Number.isFinite(maxA))
      rows.push(rowText(`ca${t}`, cTerms[t] as string[], "<=", maxA - (fixedC[t] as number)));
    const maxW = model.maxWorkload[t] as number;
    if (families.maxWorkload && Number.isFinite(maxW))
      rows.push(rowText(`cw${t}`, wTerms[t] as string[], "<=", (maxW - (fixedW[t] as number)) / wUnit));
  }
  if (rows.some((row) => row.includes("x_none"))) bounds.push(" x_none = 0");
  const start: Record<string, number> = {};
  free.forEach((i, k) => {
    for (const t of territories[k] as Int32Array) start[column(i, t)] = fixedAt[i] === t ? 1 : 0;
  });
  const lp = [
    "Minimize",
    ` obj: ${objective.length > 0 ? objective.join(" ") : "0 x_none"}`,
    "Subject To",
    ...rows,
    ...(bounds.length > 0 ? ["Bounds", ...bounds] : []),
    "Binary",
    ...binaries.map((name) => ` ${name}`),
    "End",
    "",
  ].join("\n");
  return { lp, free, territories, columns: binaries.length, start };
}

/** The assignment a MILP solution gives: each free account to its column with the largest value. */
export function readMilpAssignment(
  milp: MilpModel,
  fixedAt: Int32Array,
  values: Record<string, number>,
): Int32Array {
  const territoryOf = Int32Array.from(fixedAt);
  milp.free.forEach((i, k) => {
    let best = -1;
    let bestValue = 0.5;
    for (const t of milp.territories[k] as Int32Array) {
      const value = values[column(i, t)] ?? 0;
      if (value > bestValue) {
        bestValue = value;
        best = t;
      }
    }
    if (best >= 0) territoryOf[i] = best;
  });
  return territoryOf;
}
