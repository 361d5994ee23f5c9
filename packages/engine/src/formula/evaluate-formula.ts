import { EngineInputError } from "../errors";
import { applyBinary, applyUnary } from "./apply-operator";
import { builtinFunction } from "./builtin-functions";
import { FormulaFault } from "./formula-fault";
import { booleanOf, fromFormulaValue, toFormulaValue, type Value } from "./formula-value";
import type { CompiledFormula, FormulaEnvironment, FormulaNode, FormulaValue } from "./types";

type Run = { formula: CompiledFormula; values: Record<string, FormulaValue>; env: FormulaEnvironment };

/**
 * Computes a compiled formula with exact decimals. Every input the formula uses must be in `values` with its
 * declared type. Throws EngineInputError, naming the formula and the operand at fault, on a zero divisor, an
 * exponent out of 0..100, a number over 1e30, or a missing or mistyped value.
 */
export function evaluateFormula(
  formula: CompiledFormula,
  values: Record<string, FormulaValue>,
  env: FormulaEnvironment,
): FormulaValue {
  return toFormulaValue(evaluateNode({ formula, values, env }, formula.ast));
}

function evaluateNode(run: Run, node: FormulaNode): Value {
  switch (node.kind) {
    case "number":
      return guard(run, node, [], () =>
        fromFormulaValue({ type: "number", value: node.value }, "number", "a literal"),
      );
    case "text":
      return { type: "text", value: node.value };
    case "boolean":
      return { type: "boolean", value: node.value };
    case "name":
      return guard(run, node, [], () => nameValue(run, node.name));
    case "negate":
    case "percent": {
      const operand = evaluateNode(run, node.operand);
      return guard(run, node, [node.operand], () => applyUnary(node.kind, operand));
    }
    case "binary": {
      const left = evaluateNode(run, node.left);
      const right = evaluateNode(run, node.right);
      return guard(run, node, [node.left, node.right], () => applyBinary(node.operator, left, right));
    }
    case "call":
      return evaluateCall(run, node);
  }
}

function evaluateCall(run: Run, node: Extract<FormulaNode, { kind: "call" }>): Value {
  const [condition, then, otherwise] = node.args;
  // IF evaluates only the branch it picks, as in Excel: IF(quota = 0, 0, credit / quota) is safe.
  if (node.name === "IF" && condition !== undefined && then !== undefined && otherwise !== undefined) {
    return evaluateNode(run, booleanOf(evaluateNode(run, condition)) ? then : otherwise);
  }
  const args = node.args.map((arg) => evaluateNode(run, arg));
  const builtin = builtinFunction(node.name);
  if (builtin !== undefined) return guard(run, node, node.args, () => builtin.apply(args));
  const host = Object.hasOwn(run.env.functions, node.name) ? run.env.functions[node.name] : undefined;
  if (host === undefined) {
    throw new EngineInputError(`Formula "${run.formula.source}": unknown function ${node.name}`, node.name);
  }
  const result = host.call(args.map(toFormulaValue));
  return guard(run, node, [], () => fromFormulaValue(result, host.returns, `the result of ${node.name}`));
}

function nameValue(run: Run, name: string): Value {
  const declared = Object.hasOwn(run.env.names, name) ? run.env.names[name] : undefined;
  const value = Object.hasOwn(run.values, name) ? run.values[name] : undefined;
  if (declared === undefined) throw new EngineInputError(`unknown name ${name}`, name);
  return fromFormulaValue(value, declared, `"${name}"`);
}

/** Runs one node's computation; a fault or bad input becomes an EngineInputError naming the formula and operand. */
function guard(run: Run, node: FormulaNode, operands: FormulaNode[], compute: () => Value): Value {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof FormulaFault || error instanceof EngineInputError)) throw error;
    const { source } = run.formula;
    const at = error instanceof FormulaFault && error.at !== null ? operands[error.at] : undefined;
    const subject = at ?? node;
    const part = source.slice(subject.start, subject.end);
    const tail = error instanceof FormulaFault ? error.explain(part) : `at "${part}"`;
    throw new EngineInputError(`${error.message} in formula "${source}": ${tail}`, part);
  }
}
