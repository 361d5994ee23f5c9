import { parseDate } from "../../calendar/civil-date";
import { EngineInputError } from "../../errors";
import { buildForecastTree } from "./build-forecast-tree";
import { fromCents, toCents } from "./cents";
import {
  type ForecastLine,
  type ForecastMotion,
  type ForecastOverrideSeen,
  type ForecastSubmissionInput,
  forecastMotionsInOrder,
  type PersonForecast,
  type RollUpCategory,
  type RollUpInput,
  type RollUpResult,
  rollUpCategoriesInOrder,
} from "./types";

// A person's figures are a vector of SLOTS: motion × category (closed, commit, best case, pipeline, omitted).
const CATEGORIES = rollUpCategoriesInOrder.length;
const SLOTS = forecastMotionsInOrder.length * CATEGORIES;
const slotOf = (motion: ForecastMotion, category: RollUpCategory) =>
  forecastMotionsInOrder.indexOf(motion) * CATEGORIES + rollUpCategoriesInOrder.indexOf(category);
const isClosedSlot = (slot: number) => slot % CATEGORIES === 0;
const NONE: readonly number[] = [];

type Latest = { cents: bigint; submission: ForecastSubmissionInput };
/** One author's latest submission about one subject, per slot. */
type AuthorCalls = { author: number; depth: number; latest: (Latest | undefined)[] };

/**
 * The forecast roll-up as of a day (docs/calculations/forecast-roll-up.md): for every person, their own call, the
 * number they see for their tree, the number their manager sees for them and the deals behind it, per motion and
 * category. The number node N sees for S is the latest submission about S by the highest author on the chain from S
 * up to N; failing one, S's own deals plus what N sees for each of S's reports.
 *
 * Cost: one pass over the deals and submissions, then one pass over the people deepest first. What a manager sees for
 * a report is that report's own result unless someone between them overrode somebody in the report's tree, so only
 * the branches holding overrides are walked again (depth × overrides), never whole trees per manager.
 */
export function rollUpForecast(input: RollUpInput): RollUpResult {
  parseDate(input.asOf);
  const extra = new Set<string>(input.personIds ?? []);
  for (const s of input.submissions) {
    extra.add(s.subjectId);
    extra.add(s.authorId);
  }
  for (const d of input.deals) extra.add(d.ownerId);
  const tree = buildForecastTree(input.lines, input.asOf, extra);
  const { ids, index, parent, depth, children, deepestFirst } = tree;
  const n = ids.length;

  const deals: bigint[][] = Array.from({ length: n }, () => new Array<bigint>(SLOTS).fill(0n));
  for (const [i, d] of input.deals.entries()) {
    const slot = slotOfInput(d.motion, d.category, `deals[${i}]`);
    const row = deals[index.get(d.ownerId) as number] as bigint[];
    row[slot] = (row[slot] as bigint) + toCents(d.amount, `deals[${i}].amount`);
  }

  const calls = collectCalls(input, tree);
  const upper = authorDepthsAbove(calls, tree);

  const adjusted: (bigint[] | null)[] = new Array(n).fill(null);
  const chosenForManager: (Latest | undefined)[][] = new Array(n);
  // valueAt(N, X): the number N sees for X, slot by slot (closed slots are left 0: the caller fills them in). The
  // outer call (with `chosenOut`) computes X's manager's view; inner calls reuse a report's result when allowed.
  const valueAt = (node: number, x: number, chosenOut?: (Latest | undefined)[]): bigint[] => {
    const dNode = depth[node] as number;
    const marks = upper[x] as readonly number[];
    if (!chosenOut && !marks.some((d) => d >= dNode)) return adjusted[x] as bigint[];
    const values = new Array<bigint>(SLOTS).fill(0n);
    const own = calls[x] ?? [];
    let fromChildren: bigint[] | null = null;
    for (let slot = 0; slot < SLOTS; slot++) {
      if (isClosedSlot(slot)) continue;
      let best: AuthorCalls | undefined;
      for (const c of own) {
        if (c.depth >= dNode && c.latest[slot] && (!best || c.depth < best.depth)) best = c;
      }
      const chosen = best?.latest[slot];
      if (chosenOut) chosenOut[slot] = chosen;
      if (chosen) {
        values[slot] = chosen.cents;
        continue;
      }
      if (!fromChildren) {
        fromChildren = (deals[x] as bigint[]).slice();
        for (const child of children[x] as number[]) {
          const seen = valueAt(node, child);
          for (let s = 0; s < SLOTS; s++) fromChildren[s] = (fromChildren[s] as bigint) + (seen[s] as bigint);
        }
      }
      values[slot] = fromChildren[slot] as bigint;
    }
    return values;
  };

  const dealsTree: bigint[][] = deals.map((row) => row.slice());
  for (const x of deepestFirst) {
    const up = parent[x] as number;
    if (up !== -1) {
      const row = dealsTree[up] as bigint[];
      const mine = dealsTree[x] as bigint[];
      for (let s = 0; s < SLOTS; s++) row[s] = (row[s] as bigint) + (mine[s] as bigint);
      const chosen: (Latest | undefined)[] = new Array(SLOTS);
      const values = valueAt(up, x, chosen);
      for (let s = 0; s < SLOTS; s++) if (isClosedSlot(s)) values[s] = mine[s] as bigint;
      adjusted[x] = values;
      chosenForManager[x] = chosen;
    }
  }

  const people = new Map<string, PersonForecast>();
  for (let x = 0; x < n; x++) {
    const rollup = (deals[x] as bigint[]).slice();
    for (const child of children[x] as number[]) {
      const seen = adjusted[child] as bigint[];
      for (let s = 0; s < SLOTS; s++) rollup[s] = (rollup[s] as bigint) + (seen[s] as bigint);
    }
    const ownCalls = (calls[x] ?? []).find((c) => c.author === x);
    const motions = {} as Record<ForecastMotion, Record<RollUpCategory, ForecastLine>>;
    for (const motion of forecastMotionsInOrder) {
      const lines = {} as Record<RollUpCategory, ForecastLine>;
      for (const category of rollUpCategoriesInOrder) {
        const slot = slotOf(motion, category);
        const closed = isClosedSlot(slot);
        const ownCall = closed ? undefined : ownCalls?.latest[slot];
        const chosen = closed ? undefined : chosenForManager[x]?.[slot];
        const seen = adjusted[x];
        lines[category] = {
          ownCall: ownCall ? fromCents(ownCall.cents) : null,
          rolledUp: fromCents(
            closed ? (dealsTree[x]?.[slot] as bigint) : (ownCall?.cents ?? (rollup[slot] as bigint)),
          ),
          rollup: fromCents(closed ? (dealsTree[x]?.[slot] as bigint) : (rollup[slot] as bigint)),
          adjusted: seen ? fromCents(seen[slot] as bigint) : null,
          override: chosen && chosen.submission.authorId !== ids[x] ? overrideOf(chosen) : null,
          deals: fromCents(dealsTree[x]?.[slot] as bigint),
        };
      }
      motions[motion] = lines;
    }
    const up = parent[x] as number;
    people.set(ids[x] as string, {
      personId: ids[x] as string,
      managerId: up === -1 ? null : (ids[up] as string),
      depth: depth[x] as number,
      directReportIds: (children[x] as number[]).map((c) => ids[c] as string).sort(),
      motions,
    });
  }
  return { asOf: input.asOf, people };
}

function slotOfInput(motion: ForecastMotion, category: RollUpCategory, what: string): number {
  if (!forecastMotionsInOrder.includes(motion)) {
    throw new EngineInputError(`${what}.motion: not a forecast motion: ${JSON.stringify(motion)}`, motion);
  }
  if (!rollUpCategoriesInOrder.includes(category)) {
    throw new EngineInputError(
      `${what}.category: not a forecast category: ${JSON.stringify(category)}`,
      category,
    );
  }
  return slotOf(motion, category);
}

/**
 * Per subject, each author's latest submission by slot, keeping only submissions made by the end of `asOf` by the
 * subject or someone above them on that day (an override by a former manager no longer counts).
 */
function collectCalls(
  input: RollUpInput,
  tree: ReturnType<typeof buildForecastTree>,
): (AuthorCalls[] | undefined)[] {
  const { index, parent, depth } = tree;
  const calls: (AuthorCalls[] | undefined)[] = new Array(tree.ids.length);
  for (const [i, s] of input.submissions.entries()) {
    const what = `submissions[${i}]`;
    const slot = slotOfInput(s.motion, s.category, what);
    if (isClosedSlot(slot)) throw new EngineInputError(`${what}.category: closed is computed, not called`, s);
    const cents = toCents(s.amount, `${what}.amount`);
    if (cents < 0n) throw new EngineInputError(`${what}.amount: a call cannot be negative`, s.amount);
    if (s.submittedAt.slice(0, 10) > input.asOf) continue;
    const subject = index.get(s.subjectId) as number;
    const author = index.get(s.authorId) as number;
    if (author !== subject && !isAbove(author, subject, parent, depth)) continue;
    let list = calls[subject];
    if (!list) calls[subject] = list = [];
    let entry = list.find((c) => c.author === author);
    if (!entry) {
      entry = { author, depth: depth[author] as number, latest: new Array(SLOTS) };
      list.push(entry);
    }
    const previous = entry.latest[slot];
    if (!previous || previous.submission.submittedAt <= s.submittedAt)
      entry.latest[slot] = { cents, submission: s };
  }
  return calls;
}

function isAbove(author: number, subject: number, parent: Int32Array, depth: Int32Array): boolean {
  const target = depth[author] as number;
  let p = subject;
  while (p !== -1 && (depth[p] as number) > target) p = parent[p] as number;
  return p === author;
}

/**
 * For each person X, the depths of authors above X's manager who submitted about someone in X's tree: where there is
 * none at or below a node N, N sees for X exactly what X's manager sees.
 */
function authorDepthsAbove(
  calls: (AuthorCalls[] | undefined)[],
  tree: ReturnType<typeof buildForecastTree>,
): (readonly number[])[] {
  const { parent, depth, deepestFirst } = tree;
  const upper: (readonly number[])[] = new Array(tree.ids.length).fill(NONE);
  const add = (x: number, d: number) => {
    const list = upper[x] as readonly number[];
    if (!list.includes(d)) upper[x] = [...list, d];
  };
  for (const x of deepestFirst) {
    const limit = (depth[x] as number) - 1;
    for (const c of calls[x] ?? []) if (c.depth < limit) add(x, c.depth);
    const up = parent[x] as number;
    if (up === -1) continue;
    for (const d of upper[x] as readonly number[]) if (d < limit - 1) add(up, d);
  }
  return upper;
}

function overrideOf(chosen: Latest): ForecastOverrideSeen {
  return {
    authorId: chosen.submission.authorId,
    amount: fromCents(chosen.cents),
    note: chosen.submission.note ?? null,
    submittedAt: chosen.submission.submittedAt,
    id: chosen.submission.id ?? null,
  };
}
