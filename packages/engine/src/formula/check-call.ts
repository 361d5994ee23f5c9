import { builtinFunction } from "./builtin-functions";
import { type Checked, type CheckState, checkNode, describeType, fail, fold } from "./check-formula";
import { FormulaFault } from "./formula-fault";
import { toFormulaValue, type Value } from "./formula-value";
import type { FormulaNode, FormulaType } from "./types";

type CallNode = Extract<FormulaNode, { kind: "call" }>;

/** Types a function call: built-ins first (they cannot be shadowed), then the environment's host functions. */
export function checkCall(s: CheckState, node: CallNode): Checked {
  s.functions.add(node.name);
  const checked = node.args.map((arg) => checkNode(s, arg));
  const builtin = builtinFunction(node.name);
  const host = Object.hasOwn(s.env.functions, node.name) ? s.env.functions[node.name] : undefined;
  if (builtin === undefined && host === undefined) {
    return fail(s, `Unknown function: ${node.name}`, {
      start: node.start,
      end: node.start + node.name.length,
    });
  }
  if (checked.some((c) => c === null)) return null;
  const types = checked.map((c) => (c as NonNullable<Checked>).type);
  if (builtin !== undefined) {
    const { returns, variadic } = builtin;
    if (returns === "branch") return checkIf(s, node, checked);
    const params = variadic === null ? builtin.params : types.map(() => variadic);
    if (!checkArguments(s, node, params, types, variadic !== null)) return null;
    const constant = fold(s, node, node.args, checked, builtin.apply);
    // Folding already checked a call whose arguments are all constant; otherwise check the constant ones.
    const partial = checked.some((c) => c?.constant == null);
    if (partial && builtin.validate !== undefined) validateConstants(s, node, checked, builtin.validate);
    return { type: returns, constant };
  }
  if (host === undefined) return null;
  const rest = host.variadic;
  if (rest !== undefined && types.length <= host.params.length) {
    const least = host.params.length + 1;
    return fail(
      s,
      `${node.name} takes at least ${least} argument${least === 1 ? "" : "s"}, got ${types.length}`,
      node,
    );
  }
  const params =
    rest === undefined ? host.params : [...host.params, ...types.slice(host.params.length).map(() => rest)];
  if (!checkArguments(s, node, params, types, false)) return null;
  const problem = host.check?.(checked.map((c) => (c?.constant == null ? null : toFormulaValue(c.constant))));
  if (problem) return fail(s, problem, node);
  // Host functions are never folded: they belong to the environment, which compile time does not call.
  return { type: host.returns, constant: null };
}

function validateConstants(
  s: CheckState,
  node: CallNode,
  checked: Checked[],
  validate: (constants: (Value | null)[]) => void,
): void {
  try {
    validate(checked.map((c) => c?.constant ?? null));
  } catch (error) {
    if (!(error instanceof FormulaFault)) throw error;
    fail(s, error.message, (error.at === null ? undefined : node.args[error.at]) ?? node);
  }
}

function checkIf(s: CheckState, node: CallNode, checked: Checked[]): Checked {
  const [condition, then, otherwise] = checked;
  if (checked.length !== 3 || condition == null || then == null || otherwise == null) {
    return fail(
      s,
      `IF takes 3 arguments (condition, value if true, value if false), got ${checked.length}`,
      node,
    );
  }
  const [conditionNode, , otherwiseNode] = node.args as [FormulaNode, FormulaNode, FormulaNode];
  if (condition.type !== "boolean") {
    return fail(
      s,
      `The condition of IF must be TRUE/FALSE, but this is ${describeType(condition.type)}`,
      conditionNode,
    );
  }
  if (then.type !== otherwise.type) {
    const both = `${describeType(then.type)} and ${describeType(otherwise.type)}`;
    return fail(s, `Both results of IF must have the same type, but they are ${both}`, otherwiseNode);
  }
  // Constant only when the condition is and the branch it picks is; the other branch may use names.
  const picked = condition.constant?.value === true ? then : otherwise;
  return { type: then.type, constant: condition.constant === null ? null : picked.constant };
}

function checkArguments(
  s: CheckState,
  node: CallNode,
  params: FormulaType[],
  types: FormulaType[],
  variadic: boolean,
): boolean {
  if (variadic ? types.length === 0 : types.length !== params.length) {
    const count = variadic
      ? "at least 1 argument"
      : `${params.length} argument${params.length === 1 ? "" : "s"}`;
    fail(s, `${node.name} takes ${count}, got ${types.length}`, node);
    return false;
  }
  let ok = true;
  types.forEach((type, i) => {
    const expected = params[i];
    const arg = node.args[i];
    if (expected !== undefined && arg !== undefined && type !== expected) {
      fail(
        s,
        `Argument ${i + 1} of ${node.name} must be ${describeType(expected)}, but this is ${describeType(type)}`,
        arg,
      );
      ok = false;
    }
  });
  return ok;
}
