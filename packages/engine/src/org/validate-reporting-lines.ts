import { tryParseDate } from "../calendar/civil-date";
import type { ReportingLine } from "./reporting-line";

export type ReportingLineProblem = {
  kind: "invalid_date" | "empty_period" | "self_management" | "overlap" | "cycle";
  message: string;
  /** Indexes into the `lines` given. */
  lineIndexes: number[];
  personIds: string[];
  /** For a cycle: the first day it holds. */
  date: string | null;
};

/**
 * Everything wrong with a set of reporting lines: unreadable dates, periods that end before they start, people
 * managing themselves, two lines for one person on the same day, and cycles (A → B → A) on any day. Returns [] for
 * a clean set. Cycles are found by sweeping the dates where lines start: only a new line can close a cycle.
 */
export function validateReportingLines(lines: readonly ReportingLine[]): ReportingLineProblem[] {
  const problems: ReportingLineProblem[] = [];
  const usable: number[] = [];
  lines.forEach((line, i) => {
    const problem = checkLine(line, i);
    if (problem) problems.push(problem);
    else usable.push(i);
  });
  problems.push(...findOverlaps(lines, usable), ...findCycles(lines, usable));
  return problems;
}

function problem(
  kind: ReportingLineProblem["kind"],
  message: string,
  lineIndexes: number[],
  personIds: string[],
  date: string | null = null,
): ReportingLineProblem {
  return { kind, message, lineIndexes, personIds, date };
}

function checkLine(line: ReportingLine, i: number): ReportingLineProblem | null {
  const who = [line.personId];
  if (!tryParseDate(line.validFrom) || (line.validTo !== null && !tryParseDate(line.validTo))) {
    return problem("invalid_date", `Line ${i}: dates must be YYYY-MM-DD`, [i], who);
  }
  if (line.validTo !== null && line.validTo <= line.validFrom) {
    return problem(
      "empty_period",
      `Line ${i}: ends (${line.validTo}) on or before it starts (${line.validFrom})`,
      [i],
      who,
    );
  }
  if (line.personId === line.managerId) {
    return problem("self_management", `Line ${i}: ${line.personId} cannot manage themselves`, [i], who);
  }
  return null;
}

function findOverlaps(lines: readonly ReportingLine[], usable: number[]): ReportingLineProblem[] {
  const byPerson = new Map<string, number[]>();
  for (const i of usable) {
    const id = lines[i]!.personId;
    byPerson.set(id, [...(byPerson.get(id) ?? []), i]);
  }
  const found: ReportingLineProblem[] = [];
  for (const [personId, indexes] of byPerson) {
    indexes.sort((a, b) => byText(lines[a]!.validFrom, lines[b]!.validFrom) || a - b);
    let latest: number | null = null; // the line seen so far that ends last
    for (const i of indexes) {
      const line = lines[i]!;
      if (latest !== null) {
        const end = lines[latest]!.validTo;
        if (end === null || line.validFrom < end) {
          const message = `${personId} has two managers from ${line.validFrom} (lines ${latest} and ${i})`;
          found.push(problem("overlap", message, [latest, i], [personId], line.validFrom));
        }
        if (end === null || (line.validTo !== null && line.validTo <= end)) continue;
      }
      latest = i;
    }
  }
  return found;
}

function findCycles(lines: readonly ReportingLine[], usable: number[]): ReportingLineProblem[] {
  const byStart = [...usable].sort((a, b) => byText(lines[a]!.validFrom, lines[b]!.validFrom) || a - b);
  const byEnd = usable.filter((i) => lines[i]!.validTo !== null);
  byEnd.sort((a, b) => byText(lines[a]!.validTo!, lines[b]!.validTo!) || a - b);
  // Manager edges active on the current date, per person: line index → manager.
  const edges = new Map<string, Map<number, string>>();
  const found = new Map<string, ReportingLineProblem>();
  let s = 0;
  let e = 0;
  while (s < byStart.length) {
    const date = lines[byStart[s]!]!.validFrom;
    for (; e < byEnd.length && lines[byEnd[e]!]!.validTo! <= date; e++) {
      const line = lines[byEnd[e]!]!;
      edges.get(line.personId)?.delete(byEnd[e]!);
    }
    const starting: string[] = [];
    for (; s < byStart.length && lines[byStart[s]!]!.validFrom === date; s++) {
      const line = lines[byStart[s]!]!;
      const own = edges.get(line.personId) ?? new Map<number, string>();
      own.set(byStart[s]!, line.managerId);
      edges.set(line.personId, own);
      starting.push(line.personId);
    }
    for (const personId of starting) {
      const cycle = cycleThrough(personId, edges);
      if (!cycle) continue;
      const key = [...cycle.personIds].sort().join("\u0000");
      if (found.has(key)) continue;
      const message = `Reporting cycle on ${date}: ${[...cycle.personIds, personId].join(" → ")}`;
      found.set(key, problem("cycle", message, cycle.lineIndexes, cycle.personIds, date));
    }
  }
  return [...found.values()];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Breadth-first up the manager edges from `start`; a path back to `start` is a cycle.
function cycleThrough(
  start: string,
  edges: Map<string, Map<number, string>>,
): { personIds: string[]; lineIndexes: number[] } | null {
  const via = new Map<string, { from: string; line: number }>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const person = queue[q]!;
    for (const [line, manager] of edges.get(person) ?? []) {
      const edge = { line, manager };
      if (edge.manager === start) {
        const personIds = [person];
        const lineIndexes = [edge.line];
        for (let step = via.get(person); step; step = via.get(step.from)) {
          personIds.unshift(step.from);
          lineIndexes.unshift(step.line);
        }
        return { personIds, lineIndexes };
      }
      if (edge.manager !== start && !via.has(edge.manager)) {
        via.set(edge.manager, { from: person, line: edge.line });
        queue.push(edge.manager);
      }
    }
  }
  return null;
}
