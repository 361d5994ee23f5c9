import { FormulaSyntaxError } from "./formula-fault";
import { FORMULA_LIMITS } from "./limits";

export type TokenKind = "number" | "text" | "name" | "operator" | "(" | ")" | "," | "end";

/** `value` is the literal's digits, the unescaped text, the name, or the operator. */
export type Token = { kind: TokenKind; value: string; start: number; end: number };

const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "%", "&", "=", "<", ">"];
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\r\n]/;

// Characters people try from other languages get a hint instead of a bare "unexpected".
const HINTS: Record<string, string> = {
  "'": " (text goes in double quotes)",
  ";": " (separate arguments with a comma)",
  "[": " (there are no lists or indexing)",
  "]": " (there are no lists or indexing)",
  ".": " (write numbers as 0.5, not .5)",
};

/** Splits a formula into tokens; the first unexpected character throws a FormulaSyntaxError at its position. */
export function tokenizeFormula(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (SPACE.test(c)) i++;
    else if (DIGIT.test(c)) i = readNumber(source, i, tokens);
    else if (NAME_START.test(c)) {
      const start = i;
      while (i < source.length && NAME_PART.test(source.charAt(i))) i++;
      tokens.push({ kind: "name", value: source.slice(start, i), start, end: i });
    } else if (c === '"') i = readText(source, i, tokens);
    else if (c === "(" || c === ")" || c === ",") {
      tokens.push({ kind: c, value: c, start: i, end: i + 1 });
      i++;
    } else {
      const operator = OPERATORS.find((op) => source.startsWith(op, i));
      if (operator === undefined) {
        const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
        const hint = Object.hasOwn(HINTS, char) ? HINTS[char] : "";
        throw new FormulaSyntaxError(
          `Unexpected character ${JSON.stringify(char)}${hint}`,
          i,
          i + char.length,
        );
      }
      tokens.push({ kind: "operator", value: operator, start: i, end: i + operator.length });
      i += operator.length;
    }
  }
  tokens.push({ kind: "end", value: "", start: source.length, end: source.length });
  return tokens;
}

function readNumber(source: string, start: number, tokens: Token[]): number {
  let i = start;
  while (i < source.length && DIGIT.test(source.charAt(i))) i++;
  if (source.charAt(i) === "." && DIGIT.test(source.charAt(i + 1))) {
    i++;
    while (i < source.length && DIGIT.test(source.charAt(i))) i++;
  } else if (source.charAt(i) === ".") {
    throw new FormulaSyntaxError("A decimal point must be followed by digits (write 1.0 or 1)", i, i + 1);
  }
  const text = source.slice(start, i);
  const digits = text.replace(".", "").length;
  if (digits > FORMULA_LIMITS.maxLiteralDigits) {
    throw new FormulaSyntaxError(
      `Number has ${digits} digits; at most ${FORMULA_LIMITS.maxLiteralDigits} are allowed`,
      start,
      i,
    );
  }
  tokens.push({ kind: "number", value: text, start, end: i });
  return i;
}

// Excel's rule: a double quote inside text is written twice ("say ""hi""").
function readText(source: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  let value = "";
  for (;;) {
    const next = source.indexOf('"', i);
    if (next === -1)
      throw new FormulaSyntaxError("Text is missing its closing double quote", start, source.length);
    value += source.slice(i, next);
    if (source.charAt(next + 1) !== '"') {
      tokens.push({ kind: "text", value, start, end: next + 1 });
      return next + 1;
    }
    value += '"';
    i = next + 2;
  }
}
