import { EngineInputError } from "../errors";
import { collectReferences } from "../formula/collect-references";
import { compileFormula } from "../formula/index";
import type { CompiledFormula, FormulaEnvironment, FormulaNode } from "../formula/index";
import { parseFormula } from "../formula/parse-formula";

/** A KPI formula ready to evaluate: compiled once, with the measures it reads in formula order. */
export type KpiFormula = {
  compiled: CompiledFormula;
  env: FormulaEnvironment;
  /** Measure keys in the order they first appear in the formula, unique. */
  measures: string[];
  /** Whether the formula divides (a per-person count then keeps 2 decimals). */
  divides: boolean;
  /**
   * For a formula with one division and no IF (so every node is evaluated, in a known order): its divisor, compiled
   * on its own, so a zero divisor can be recognised without raising the formula module's error — errors capture stack
   * traces, and empty months (a new rep's trend) are common. Null for any other formula.
   */
  divisor: { text: string; measures: string[]; compiled: CompiledFormula } | null;
};

// A dashboard request evaluates ~40 KPIs × 12 trend months × rows; parsing each time would dominate. Formulas are
// few (the catalogue plus a workspace's custom KPIs), the bound only protects against an unbounded stream of them.
const CACHE_LIMIT = 2000;
const cache = new Map<string, KpiFormula>();

/**
 * The compiled form of a KPI formula, cached per formula text. Every name it uses is a number-valued measure.
 * Throws EngineInputError for a formula that does not compile (custom KPIs are checked by compileKpiFormula when
 * saved, so this is a stored formula gone bad, not user input).
 */
export function kpiFormula(source: string): KpiFormula {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new EngineInputError(`KPI formula "${source}": ${parsed.error.message}`, source);
  const measures = [...collectReferences(parsed.ast).keys()];
  const env: FormulaEnvironment = {
    names: Object.fromEntries(measures.map((measure) => [measure, "number" as const])),
    functions: {},
  };
  const result = compileFormula(source, env);
  if (!result.ok) {
    const message = result.errors.map((error) => error.message).join("; ");
    throw new EngineInputError(`KPI formula "${source}": ${message}`, source);
  }
  if (result.formula.type !== "number") {
    throw new EngineInputError(
      `KPI formula "${source}" gives a ${result.formula.type}, not a number`,
      source,
    );
  }
  const formula: KpiFormula = {
    compiled: result.formula,
    env,
    measures,
    divides: dividesIn(parsed.ast),
    divisor: soleDivisor(result.formula),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, formula);
  return formula;
}

/** Every node of a tree, parents before children, left to right. */
export function formulaNodes(ast: FormulaNode): FormulaNode[] {
  const nodes: FormulaNode[] = [];
  const pending: FormulaNode[] = [ast];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    nodes.push(node);
    if (node.kind === "negate" || node.kind === "percent") pending.push(node.operand);
    else if (node.kind === "binary") pending.push(node.right, node.left);
    else if (node.kind === "call") pending.push(...[...node.args].reverse());
  }
  return nodes;
}

function dividesIn(ast: FormulaNode): boolean {
  return formulaNodes(ast).some((node) => node.kind === "binary" && node.operator === "/");
}

function soleDivisor(compiled: CompiledFormula): KpiFormula["divisor"] {
  const nodes = formulaNodes(compiled.ast);
  if (nodes.some((node) => node.kind === "call" && node.name === "IF")) return null;
  const divisions = nodes.filter((node) => node.kind === "binary" && node.operator === "/");
  const [division] = divisions;
  if (divisions.length !== 1 || division?.kind !== "binary") return null;
  const ast = division.right;
  const measures = [...collectReferences(ast).keys()];
  if (measures.length === 0) return null;
  const text = compiled.source.slice(ast.start, ast.end);
  return { text, measures, compiled: { ...compiled, references: [...measures].sort(), ast } };
}
