import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import type { AllocatedNode, AllocationDrivers, AllocationInput, PlanningNode } from "../types";
import { allocateTopDown } from "./allocate-top-down";

const cents = (amount: string) => BigInt(amount.replace(".", "")); // every amount is written with 2 places
const seasonality = [
  "0.06",
  "0.07",
  "0.08",
  "0.08",
  "0.08",
  "0.09",
  "0.07",
  "0.07",
  "0.09",
  "0.09",
  "0.10",
  "0.12",
];
const driver = fc.oneof(
  fc.constant("0"),
  fc.integer({ min: 0, max: 5_000 }).map(String),
  fc.constant("12.5"),
);
const drivers = fc.record({ history: driver, potential: driver, pipeline: driver, capacity: driver });

// A company with 1–3 regions, each 1–3 teams, each 1–4 people; some leaves not employed in the year, a few locked
// (never a team's first person, so every team has someone to carry its rest).
const arbitraryPlan = fc
  .record({
    shape: fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    people: fc.array(
      fc.record({
        drivers,
        away: fc.boolean(),
        lock: fc.oneof(
          { arbitrary: fc.constant(null), weight: 5 },
          { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 },
        ),
      }),
      {
        minLength: 36,
        maxLength: 36,
      },
    ),
    weights: fc.record({
      history: fc.integer({ min: 0, max: 5 }).map(String),
      potential: fc.constantFrom("0", "0.25"),
      pipeline: fc.integer({ min: 0, max: 2 }).map(String),
      capacity: fc.constantFrom("1", "0.3"),
    }),
    person: fc.constantFrom("1", "1.1", "1.25", "0.9"),
    team: fc.constantFrom("1", "1.05"),
    unit: fc.constantFrom("1", "10", "1000", "0.01"),
    target: fc.integer({ min: 0, max: 50_000_000 }),
  })
  .map((p): AllocationInput => {
    const nodes: PlanningNode[] = [{ id: "c", parentId: null, kind: "company", name: "C" }];
    const input: AllocationInput = {
      nodes,
      target: String(p.target),
      drivers: {},
      weights: p.weights,
      overAssignment: { person: p.person, team: p.team },
      unit: p.unit,
      locked: {},
      seasonality,
      leafMonthFactors: {},
    };
    let k = 0;
    p.shape.forEach((teams, r) => {
      nodes.push({ id: `r${r}`, parentId: "c", kind: "region", name: `R${r}` });
      teams.forEach((size, t) => {
        nodes.push({ id: `t${r}.${t}`, parentId: `r${r}`, kind: "team", name: `T${r}.${t}` });
        for (let s = 0; s < size; s++) {
          const person = p.people[k++ % p.people.length];
          const id = `p${r}.${t}.${s}`;
          nodes.push({ id, parentId: `t${r}.${t}`, kind: "person", name: `P${id}` });
          if (!person) continue;
          input.drivers[id] = person.drivers;
          if (person.away && s > 0) input.leafMonthFactors![id] = new Array(12).fill("0");
          if (person.lock !== null && s > 0) input.locked[id] = String(person.lock * Number(p.unit));
        }
      });
    });
    return input;
  });

// Allocations that break a rule (locks over a parent, weights all 0) are skipped: the rules are tested elsewhere.
function tryAllocate(input: AllocationInput): AllocatedNode[] | null {
  try {
    return allocateTopDown(input).nodes;
  } catch (error) {
    if (error instanceof PlanningInputError) return null;
    throw error;
  }
}

describe("allocateTopDown — properties", () => {
  it("at every level Σ children = childrenTotal exactly; amounts ≥ 0 and multiples of the unit; months sum to the annual; locks kept", () => {
    fc.assert(
      fc.property(arbitraryPlan, (input) => {
        const nodes = tryAllocate(input);
        fc.pre(nodes !== null);
        const unit = cents(Number(input.unit).toFixed(2));
        const sums = new Map<string, bigint>();
        for (const node of nodes ?? [])
          if (node.parentId !== null)
            sums.set(node.parentId, (sums.get(node.parentId) ?? 0n) + cents(node.annual));
        const broken: string[] = [];
        for (const node of nodes ?? []) {
          const annual = cents(node.annual);
          if (annual < 0n) broken.push(`${node.id} negative`);
          if (node.parentId !== null && annual % unit !== 0n) broken.push(`${node.id} off the unit`);
          if (node.months.reduce((sum, m) => sum + cents(m), 0n) !== annual) broken.push(`${node.id} months`);
          if (node.months.some((m) => cents(m) < 0n)) broken.push(`${node.id} negative month`);
          const sum = sums.get(node.id);
          if (sum !== undefined && sum !== cents(node.childrenTotal ?? "x"))
            broken.push(`${node.id} children`);
          const locked = input.locked[node.id];
          if (locked !== undefined && annual !== cents(Number(locked).toFixed(2)))
            broken.push(`${node.id} lock`);
          if (input.leafMonthFactors?.[node.id] && !node.locked && annual !== 0n)
            broken.push(`${node.id} away`);
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  const flat = fc.record({
    drivers: fc.array(drivers, { minLength: 2, maxLength: 12 }),
    weights: fc.record({
      history: fc.integer({ min: 0, max: 5 }).map(String),
      potential: fc.constantFrom("0", "1"),
      pipeline: fc.constantFrom("0", "0.5"),
      capacity: fc.constantFrom("1", "0.3"),
    }),
    target: fc.integer({ min: 0, max: 10_000_000 }),
    pick: fc.nat(),
    driver: fc.constantFrom<keyof AllocationDrivers>("history", "potential", "pipeline", "capacity"),
    raise: fc.integer({ min: 1, max: 5_000 }),
  });

  it("monotone in drivers: raising one child's driver never lowers its allocation (company → people, the parent's amount fixed)", () => {
    fc.assert(
      fc.property(flat, (p) => {
        const nodes: PlanningNode[] = [
          { id: "c", parentId: null, kind: "company", name: "C" },
          ...p.drivers.map((_, i) => ({
            id: `p${i}`,
            parentId: "c",
            kind: "person" as const,
            name: `P${i}`,
          })),
        ];
        const input = (list: AllocationDrivers[]): AllocationInput => ({
          nodes,
          target: String(p.target),
          drivers: Object.fromEntries(list.map((d, i) => [`p${i}`, d])),
          weights: p.weights,
          overAssignment: { person: "1.1" },
          unit: "1000",
          locked: {},
          seasonality,
        });
        const before = tryAllocate(input(p.drivers));
        fc.pre(before !== null);
        const i = p.pick % p.drivers.length;
        const raised = p.drivers.map((d, k) =>
          k === i ? { ...d, [p.driver]: String(Number(d[p.driver]) + p.raise) } : d,
        );
        const after = tryAllocate(input(raised));
        const id = `p${i}`;
        const amount = (list: AllocatedNode[] | null) => cents(list?.find((n) => n.id === id)?.annual ?? "0");
        expect(amount(after) >= amount(before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("monotone through the tree: raising a leaf's driver never lowers its region's allocation, nor its exact share among its siblings", () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.nat(), fc.integer({ min: 1, max: 5_000 }), (input, pick, raise) => {
        const unlocked = { ...input, locked: {}, leafMonthFactors: {} };
        const before = tryAllocate(unlocked);
        fc.pre(before !== null);
        const leaves = Object.keys(unlocked.drivers);
        const id = leaves[pick % leaves.length] ?? "";
        const d = unlocked.drivers[id];
        fc.pre(d !== undefined);
        const raised = {
          ...unlocked,
          drivers: { ...unlocked.drivers, [id]: { ...d!, history: String(Number(d!.history) + raise) } },
        };
        const after = tryAllocate(raised);
        const region = id.replace(/^p(\d+)\..*$/, "r$1");
        const find = (list: AllocatedNode[] | null, key: string) => list?.find((n) => n.id === key);
        expect(cents(find(after, region)?.annual ?? "0") >= cents(find(before, region)?.annual ?? "0")).toBe(
          true,
        );
        const share = (list: AllocatedNode[] | null) =>
          /share ([\d.]+)/.exec(find(list, id)?.trace[0] ?? "")?.[1] ?? "0";
        expect(Number(share(after)) >= Number(share(before))).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
