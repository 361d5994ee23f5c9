import type { ValidationIssue } from "../../api/comp-types";

/** Issues at exactly `path` ("components.2.formula"), or also below it when `below` is set. */
export function issuesAt(issues: readonly ValidationIssue[], path: string, below = false): ValidationIssue[] {
  return issues.filter((issue) => issue.path === path || (below && issue.path.startsWith(`${path}.`)));
}

/** Where in a formula an error is: the engine says "at character 12" (counting from 1). Null when it does not say. */
export function formulaErrorCharacter(message: string): number | null {
  const match = /at character (\d+)/i.exec(message);
  return match ? Number(match[1]) : null;
}

export type CaretMarker = { line: number; lineText: string; pointer: string };

/**
 * The line of `text` holding character `character` (1-based, counting newlines) and a pointer under it:
 * ("a +\nb * ?", 9) → line 2, "b * ?", "    ^".
 */
export function caretMarker(text: string, character: number): CaretMarker {
  const lines = text.split("\n");
  let remaining = Math.max(1, character);
  for (let index = 0; index < lines.length; index++) {
    const lineText = lines[index] ?? "";
    if (remaining <= lineText.length + 1 || index === lines.length - 1) {
      const column = Math.min(remaining, lineText.length + 1);
      return { line: index + 1, lineText, pointer: `${" ".repeat(column - 1)}^` };
    }
    remaining -= lineText.length + 1;
  }
  return { line: 1, lineText: "", pointer: "^" };
}

/** A plan-file issue's position as text ("line 4, column 7"), from the server's line/column. */
export function issuePosition(issue: ValidationIssue): { line: number; column: number } | null {
  return issue.line !== undefined ? { line: issue.line, column: issue.column ?? 1 } : null;
}
