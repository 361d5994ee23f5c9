import { FormulaSyntaxError } from "./formula-fault";
import { FORMULA_LIMITS } from "./limits";
import { type Token, tokenizeFormula } from "./tokenize-formula";
import type { BinaryOperator, FormulaError, FormulaNode } from "./types";

// Excel precedence, loosest first. Unary minus binds tighter than % and ^, so -2^2 = (-2)^2 = 4.
const BINARY_POWER: Record<BinaryOperator, number> = {
  "=": 10,
  "<>": 10,
  "<": 10,
  "<=": 10,
  ">": 10,
  ">=": 10,
  "&": 20,
  "+": 30,
  "-": 30,
  "*": 40,
  "/": 40,
  "^": 50,
};
const PERCENT_POWER = 60;
const UNARY_POWER = 70;
const KEYWORDS: Record<string, boolean> = { TRUE: true, FALSE: false };

type Parser = { source: string; tokens: Token[]; at: number; depth: number; nodes: number };

/**
 * Source → tree, enforcing the length, depth, literal and node limits. Never throws: every failure is an error
 * at its position. The depth is checked before each nested call, so the recursion stays within the limit.
 */
export function parseFormula(
  source: string,
): { ok: true; ast: FormulaNode } | { ok: false; error: FormulaError } {
  if (source.length > FORMULA_LIMITS.maxLength) {
    const message = `Formula is ${source.length} characters long; at most ${FORMULA_LIMITS.maxLength} are allowed`;
    return { ok: false, error: { message, start: FORMULA_LIMITS.maxLength, end: source.length } };
  }
  try {
    const tokens = tokenizeFormula(source);
    const parser: Parser = { source, tokens, at: 0, depth: 0, nodes: 0 };
    // A leading "=" is Excel's habit; it means nothing here.
    if (peek(parser).kind === "operator" && peek(parser).value === "=") parser.at++;
    if (peek(parser).kind === "end") throw new FormulaSyntaxError("The formula is empty", 0, source.length);
    const ast = parseExpression(parser, 0);
    const rest = peek(parser);
    if (rest.kind !== "end") throw unexpected(rest);
    return { ok: true, ast };
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { ok: false, error: error.error };
    throw error;
  }
}

function parseExpression(p: Parser, minPower: number): FormulaNode {
  let left = parsePrefix(p);
  for (;;) {
    const token = peek(p);
    if (token.kind !== "operator") return left;
    if (token.value === "%") {
      if (PERCENT_POWER < minPower) return left;
      p.at++;
      left = node(p, { kind: "percent", operand: left, start: left.start, end: token.end });
      continue;
    }
    const operator = token.value;
    if (!isBinaryOperator(operator) || BINARY_POWER[operator] < minPower) return left;
    p.at++;
    // Left-associative at every level, as in Excel (2^3^2 = 64): the right side binds one step tighter.
    const right = parseExpression(p, BINARY_POWER[operator] + 1);
    left = node(p, { kind: "binary", operator, left, right, start: left.start, end: right.end });
  }
}

function parsePrefix(p: Parser): FormulaNode {
  const token = peek(p);
  p.at++;
  switch (token.kind) {
    case "number":
      return node(p, { kind: "number", value: token.value, start: token.start, end: token.end });
    case "text":
      return node(p, { kind: "text", value: token.value, start: token.start, end: token.end });
    case "name":
      return parseName(p, token);
    case "(": {
      const inner = nested(p, token, () => parseExpression(p, 0));
      expect(p, ")", "Missing closing parenthesis", token);
      return inner;
    }
    case "operator":
      if (token.value === "-") {
        const operand = nested(p, token, () => parseExpression(p, UNARY_POWER));
        return node(p, { kind: "negate", operand, start: token.start, end: operand.end });
      }
      throw unexpected(token);
    default:
      throw unexpected(token);
  }
}

function parseName(p: Parser, token: Token): FormulaNode {
  const upper = token.value.toUpperCase();
  if (peek(p).kind === "(") {
    const open = peek(p);
    p.at++;
    const args = nested(p, open, () => parseArguments(p));
    const close = expect(p, ")", `Missing closing parenthesis after the arguments of ${upper}`, open);
    return node(p, { kind: "call", name: upper, args, start: token.start, end: close.end });
  }
  if (Object.hasOwn(KEYWORDS, upper)) {
    return node(p, { kind: "boolean", value: KEYWORDS[upper] === true, start: token.start, end: token.end });
  }
  return node(p, { kind: "name", name: token.value, start: token.start, end: token.end });
}

function parseArguments(p: Parser): FormulaNode[] {
  const args: FormulaNode[] = [];
  if (peek(p).kind === ")") return args;
  for (;;) {
    args.push(parseExpression(p, 0));
    if (peek(p).kind !== ",") return args;
    p.at++;
  }
}

function nested<T>(p: Parser, token: Token, parse: () => T): T {
  if (p.depth >= FORMULA_LIMITS.maxDepth) {
    throw new FormulaSyntaxError(
      `Nesting is deeper than ${FORMULA_LIMITS.maxDepth} levels (parentheses, calls, minus signs)`,
      token.start,
      token.end,
    );
  }
  p.depth++;
  const result = parse();
  p.depth--;
  return result;
}

function node(p: Parser, made: FormulaNode): FormulaNode {
  p.nodes++;
  if (p.nodes > FORMULA_LIMITS.maxNodes) {
    throw new FormulaSyntaxError(
      `Formula has more than ${FORMULA_LIMITS.maxNodes} parts (numbers, names, operators, calls)`,
      made.start,
      made.end,
    );
  }
  return made;
}

function expect(p: Parser, kind: Token["kind"], message: string, opened: Token): Token {
  const token = peek(p);
  if (token.kind !== kind) {
    throw token.kind === "end"
      ? new FormulaSyntaxError(message, opened.start, opened.end)
      : unexpected(token);
  }
  p.at++;
  return token;
}

function isBinaryOperator(value: string): value is BinaryOperator {
  return Object.hasOwn(BINARY_POWER, value);
}

function peek(p: Parser): Token {
  // The tokenizer always ends with an "end" token, and the parser never moves past it.
  return p.tokens[Math.min(p.at, p.tokens.length - 1)] as Token;
}

function unexpected(token: Token): FormulaSyntaxError {
  const what = token.kind === "end" ? "end of formula" : JSON.stringify(token.value);
  const text = token.kind === "text" ? "text" : what;
  return new FormulaSyntaxError(`Unexpected ${text}`, token.start, token.end);
}
