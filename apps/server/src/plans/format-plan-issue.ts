import type { LocatedPlanIssue } from "./read-plan-file";

/** `plan.yaml:12:7 tierTables[0].tiers[1].from: band 2 starts at …` — the line editors and CI annotations read. */
export function formatPlanIssue(file: string, issue: LocatedPlanIssue): string {
  const path = formatPlanPath(issue.path);
  return `${file}:${issue.line}:${issue.column} ${path === "" ? "" : `${path}: `}${issue.message}`;
}

/** ["tierTables", 0, "tiers", 1, "from"] → "tierTables[0].tiers[1].from"; odd keys quoted: match["a b"]. */
export function formatPlanPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => {
      if (typeof part === "number") return `[${part}]`;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) return i === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join("");
}
