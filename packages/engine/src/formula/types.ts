/** The three value types of the plan formula language. */
export type FormulaType = "number" | "boolean" | "text";

/** A value crossing the formula boundary. Numbers are plain decimal strings ("-12.5"), never floats. */
export type FormulaValue =
  | { type: "number"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "text"; value: string };

/** A function the environment provides (RATE, TIER…): typed parameters, so calls are checked before a plan is saved. */
export type HostFunction = {
  params: FormulaType[];
  /** When set: one or more further arguments of this type after `params` (RATE's key values). */
  variadic?: FormulaType;
  returns: FormulaType;
  /**
   * Compile-time check of the arguments that are constants (null = not constant): an error message for the call,
   * or null. The call itself still checks at run time what was not constant.
   */
  check?: (constants: (FormulaValue | null)[]) => string | null;
  call: (args: FormulaValue[]) => FormulaValue;
};

/** What a formula may use. `functions` keys are UPPER-case; names are case-sensitive. */
export type FormulaEnvironment = {
  names: Record<string, FormulaType>;
  functions: Record<string, HostFunction>;
};

/** A compile-time error; `start`/`end` are character offsets into the source (end exclusive). */
export type FormulaError = { message: string; start: number; end: number };

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

/** The parsed tree. Every node spans `[start, end)` of the source, so errors and traces can point at it. */
export type FormulaNode =
  | { kind: "number"; value: string; start: number; end: number }
  | { kind: "text"; value: string; start: number; end: number }
  | { kind: "boolean"; value: boolean; start: number; end: number }
  | { kind: "name"; name: string; start: number; end: number }
  | { kind: "negate"; operand: FormulaNode; start: number; end: number }
  | { kind: "percent"; operand: FormulaNode; start: number; end: number }
  | {
      kind: "binary";
      operator: BinaryOperator;
      left: FormulaNode;
      right: FormulaNode;
      start: number;
      end: number;
    }
  /** `name` is upper-case: function names are case-insensitive. */
  | { kind: "call"; name: string; args: FormulaNode[]; start: number; end: number };

/** A parsed, type-checked formula, ready to evaluate many times. */
export type CompiledFormula = {
  source: string;
  type: FormulaType;
  /** Names the formula reads, sorted, unique. */
  references: string[];
  /** Functions it calls (built-in and host), upper-case, sorted, unique. */
  functions: string[];
  ast: FormulaNode;
};
