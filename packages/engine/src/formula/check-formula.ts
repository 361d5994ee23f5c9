import { Dec } from "../money/decimal";
import { applyBinary, applyUnary } from "./apply-operator";
import { checkCall } from "./check-call";
import { FormulaFault } from "./formula-fault";
import type { Value } from "./formula-value";
import type { FormulaEnvironment, FormulaError, FormulaNode, FormulaType } from "./types";

/** A node's type, and its value when it is constant (no names, no host calls); null = an error was reported. */
export type Checked = { type: FormulaType; constant: Value | null } | null;

export type CheckState = {
  env: FormulaEnvironment;
  errors: FormulaError[];
  references: Set<string>;
  functions: Set<string>;
};

export type CheckResult = {
  type: FormulaType | null;
  errors: FormulaError[];
  references: string[];
  functions: string[];
};

const ONE: Value = { type: "number", value: new Dec(1) };

/**
 * Types every node against the environment and folds constant parts, so `x / (2-2)`, `x ^ 0.5` and `1e20*1e20`-like
 * overflows are errors before the plan is saved. Reports every independent error, not only the first.
 */
export function checkFormula(ast: FormulaNode, env: FormulaEnvironment): CheckResult {
  const state: CheckState = { env, errors: [], references: new Set(), functions: new Set() };
  const result = checkNode(state, ast);
  return {
    type: state.errors.length === 0 && result !== null ? result.type : null,
    errors: state.errors,
    references: [...state.references].sort(),
    functions: [...state.functions].sort(),
  };
}

export function checkNode(s: CheckState, node: FormulaNode): Checked {
  switch (node.kind) {
    case "number":
      return { type: "number", constant: { type: "number", value: new Dec(node.value) } };
    case "text":
      return { type: "text", constant: { type: "text", value: node.value } };
    case "boolean":
      return { type: "boolean", constant: { type: "boolean", value: node.value } };
    case "name":
      s.references.add(node.name);
      return checkName(s, node);
    case "negate":
    case "percent": {
      const operand = checkNode(s, node.operand);
      if (operand === null) return null;
      const sign = node.kind === "negate" ? "-" : "%";
      if (operand.type !== "number")
        return fail(s, `"${sign}" needs a number, but this is ${describeType(operand.type)}`, node.operand);
      return {
        type: "number",
        constant: fold(s, node, [node.operand], [operand], (v) => applyUnary(node.kind, v[0] as Value)),
      };
    }
    case "binary":
      return checkBinary(s, node);
    case "call":
      return checkCall(s, node);
  }
}

const TYPES = new Set<unknown>(["number", "boolean", "text"]);

function checkName(s: CheckState, node: Extract<FormulaNode, { kind: "name" }>): Checked {
  const declared = Object.hasOwn(s.env.names, node.name) ? s.env.names[node.name] : undefined;
  if (declared === undefined) return fail(s, `Unknown name: ${node.name}`, node);
  // The environment is data too (built from a plan); a type outside the three is refused, not trusted.
  if (!TYPES.has(declared)) return fail(s, `${node.name} is declared with an unknown type`, node);
  return { type: declared, constant: null };
}

const ORDERING = new Set(["<", "<=", ">", ">="]);

function checkBinary(s: CheckState, node: Extract<FormulaNode, { kind: "binary" }>): Checked {
  const left = checkNode(s, node.left);
  const right = checkNode(s, node.right);
  if (left === null || right === null) return null;
  const type = binaryType(s, node, left.type, right.type);
  if (type === null) return null;
  const op = node.operator;
  if ((op === "/" || op === "^") && left.constant === null && right.constant !== null) {
    checkConstantOperand(s, op, node.right, right.constant);
    return { type, constant: null };
  }
  const apply = ([a, b]: Value[]) => applyBinary(op, a as Value, b as Value);
  return { type, constant: fold(s, node, [node.left, node.right], [left, right], apply) };
}

function binaryType(
  s: CheckState,
  node: Extract<FormulaNode, { kind: "binary" }>,
  left: FormulaType,
  right: FormulaType,
): FormulaType | null {
  const op = node.operator;
  const sides: [FormulaNode, FormulaType][] = [
    [node.left, left],
    [node.right, right],
  ];
  if (op === "=" || op === "<>") {
    if (left === right) return "boolean";
    return fail(s, `Cannot compare ${describeType(left)} with ${describeType(right)}`, node);
  }
  const joins = op === "&";
  const verb = joins ? "joins text or numbers" : ORDERING.has(op) ? "compares numbers only" : "needs numbers";
  for (const [side, type] of sides) {
    if (joins ? type === "boolean" : type !== "number") {
      return fail(s, `"${op}" ${verb}, but this is ${describeType(type)}`, side);
    }
  }
  return joins ? "text" : ORDERING.has(op) ? "boolean" : "number";
}

// A constant divisor or exponent is checked even when the other side is not constant (x / (2-2), x ^ 0.5):
// with a stand-in 1 on the left, only the right operand's own faults can arise, and only those are reported.
function checkConstantOperand(s: CheckState, op: "/" | "^", operand: FormulaNode, value: Value): void {
  try {
    applyBinary(op, ONE, value);
  } catch (error) {
    if (!(error instanceof FormulaFault)) throw error;
    if (error.at === 1) fail(s, error.message, operand);
  }
}

/** Computes a node whose operands are all constant; a fault becomes an error at the operand (or node) it names. */
export function fold(
  s: CheckState,
  node: FormulaNode,
  operands: FormulaNode[],
  checked: Checked[],
  compute: (values: Value[]) => Value,
): Value | null {
  const values: Value[] = [];
  for (const c of checked) {
    if (c === null || c.constant === null) return null;
    values.push(c.constant);
  }
  try {
    return compute(values);
  } catch (error) {
    if (!(error instanceof FormulaFault)) throw error;
    fail(s, error.message, (error.at === null ? undefined : operands[error.at]) ?? node);
    return null;
  }
}

export function fail(s: CheckState, message: string, node: { start: number; end: number }): null {
  s.errors.push({ message, start: node.start, end: node.end });
  return null;
}

export function describeType(type: FormulaType): string {
  return type === "number" ? "a number" : type === "boolean" ? "TRUE/FALSE" : "text";
}
