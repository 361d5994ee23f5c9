import type { FormulaError } from "./types";

/**
 * Internal: a rule broken while computing one node (zero divisor, exponent out of range, overflow). `at` is the
 * index of the operand at fault (0 = left / first argument), or null for the node itself. The checker turns it
 * into a FormulaError at that operand; the evaluator into an EngineInputError naming the formula and the operand.
 * `explain` words the run-time message's tail from the operand's source text ("the divisor "b - c" is 0").
 */
export class FormulaFault extends Error {
  readonly at: number | null;
  readonly explain: (operand: string) => string;

  constructor(message: string, at: number | null, explain?: (operand: string) => string) {
    super(message);
    this.name = "FormulaFault";
    this.at = at;
    this.explain = explain ?? ((operand) => `at "${operand}"`);
  }
}

/** Internal: a syntax error; thrown inside the tokenizer/parser and caught at their entry point, never beyond. */
export class FormulaSyntaxError extends Error {
  readonly error: FormulaError;

  constructor(message: string, start: number, end: number) {
    super(message);
    this.name = "FormulaSyntaxError";
    this.error = { message, start, end };
  }
}
