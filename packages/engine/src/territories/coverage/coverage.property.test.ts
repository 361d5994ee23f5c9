import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../money/decimal";
import type { TerritoryAccount, TerritoryDefinition, TerritoryOwner, TerritoryRule } from "../types";
import { account, owner, territory } from "./coverage-fixtures";
import { matchTerritories } from "./match-territories";
import { routeRecords } from "./route-records";

// Small vocabularies so rules and accounts collide often (overlaps, exclusions, nested postal prefixes).
const COUNTRIES = ["FR", "fr", "GB", "DE"];
const POSTALS = ["1", "12", "2", "2 3"];
const ruleFields = {
  countryCodes: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 2 }),
  regionIds: fc.uniqueArray(fc.constantFrom("r1", "r2"), { minLength: 1, maxLength: 2 }),
  postalPrefixes: fc.uniqueArray(fc.constantFrom(...POSTALS), { minLength: 1, maxLength: 2 }),
  industries: fc.uniqueArray(fc.constantFrom("a", "B"), { minLength: 1, maxLength: 2 }),
  employeesMin: fc.integer({ min: 0, max: 50 }),
  employeesMax: fc.integer({ min: 51, max: 110 }),
  segments: fc.uniqueArray(fc.constantFrom("A", "B"), { minLength: 1, maxLength: 2 }),
};
type RuleField = keyof typeof ruleFields;
// At most two fields a rule (and sometimes none: a catch-all), so that rules match often enough to overlap.
const arbRule: fc.Arbitrary<TerritoryRule> = fc
  .subarray(Object.keys(ruleFields) as RuleField[], { maxLength: 2 })
  .chain((keys) =>
    fc.record(
      Object.fromEntries(keys.map((k) => [k, ruleFields[k]])) as Record<RuleField, fc.Arbitrary<never>>,
    ),
  )
  .map((rule) => rule as TerritoryRule);

const arbAccounts: fc.Arbitrary<TerritoryAccount[]> = fc
  .array(
    fc.record({
      countryCode: fc.option(fc.constantFrom(...COUNTRIES, "ES")),
      regionId: fc.option(fc.constantFrom("r1", "r2", "r3")),
      postalCode: fc.option(fc.constantFrom("1", "12 5", "125", "2", "23", "3", " 2 3x")),
      industry: fc.option(fc.constantFrom("a", "A", "b")),
      employees: fc.option(fc.integer({ min: 0, max: 120 })),
      tier: fc.option(fc.constantFrom("A", "B", "C")),
      cents: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map(({ cents, ...fields }, i) =>
      account(`a${i}`, { ...fields, potential: new Dec(cents.toString()).div(100).toFixed(2) }),
    ),
  );

/** R (primary region) → leaves P0…; O (overlay region) → overlay leaves V0…; named accounts unique per primary. */
const arbPlan = (accountCount: number) =>
  fc
    .record({
      primaries: fc.array(
        fc.record({ rules: fc.array(arbRule, { maxLength: 3 }), priority: fc.integer({ min: 0, max: 2 }) }),
        { minLength: 1, maxLength: 5 },
      ),
      overlays: fc.array(fc.array(arbRule, { maxLength: 2 }), { maxLength: 2 }),
      named: fc.array(fc.option(fc.nat()), { minLength: accountCount, maxLength: accountCount }),
      excluded: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    })
    .map(({ primaries, overlays, named, excluded }): TerritoryDefinition[] => {
      const namedIn = (p: number) =>
        named.flatMap((n, a) => (n !== null && n % (primaries.length * 8) === p ? [`a${a}`] : []));
      const excludedFrom = (p: number) =>
        [
          ...new Set(
            excluded
              .filter(([t]) => t % primaries.length === p)
              .map(([, a]) => `a${a % Math.max(1, accountCount)}`),
          ),
        ].filter((id) => !namedIn(p).includes(id));
      return [
        territory("R", null),
        ...primaries.map((p, i) =>
          territory(`P${i}`, "R", { ...p, namedAccountIds: namedIn(i), excludedAccountIds: excludedFrom(i) }),
        ),
        territory("O", null, { kind: "overlay" }),
        ...overlays.map((rules, i) => territory(`V${i}`, "O", { kind: "overlay", rules })),
      ];
    });

const arbCase = arbAccounts.chain((accounts) =>
  arbPlan(accounts.length).map((territories) => ({ accounts, territories })),
);

/** The definition, literally: every rule tested against every account (no index). */
function referenceMatch(a: TerritoryAccount, territories: TerritoryDefinition[]) {
  const postal = a.postalCode?.replace(/\s+/g, "").toUpperCase() ?? null;
  const ruleHolds = (r: TerritoryRule) =>
    (r.countryCodes === undefined ||
      r.countryCodes.some((c) => c.toUpperCase() === a.countryCode?.toUpperCase())) &&
    (r.regionIds === undefined || (a.regionId !== null && r.regionIds.includes(a.regionId))) &&
    (r.postalPrefixes === undefined ||
      (postal !== null &&
        r.postalPrefixes.some((p) => postal.startsWith(p.replace(/\s+/g, "").toUpperCase())))) &&
    (r.industries === undefined || r.industries.some((i) => i.toLowerCase() === a.industry?.toLowerCase())) &&
    (r.employeesMin === undefined || (a.employees !== null && a.employees >= r.employeesMin)) &&
    (r.employeesMax === undefined || (a.employees !== null && a.employees < r.employeesMax)) &&
    (r.segments === undefined || (a.tier !== null && r.segments.includes(a.tier)));
  const leaves = territories.filter((t) => !territories.some((c) => c.parentId === t.id));
  const hits = leaves.filter((t) => !t.excludedAccountIds.includes(a.id) && t.rules.some(ruleHolds));
  const primaries = hits.filter((t) => t.kind === "primary");
  const best = Math.max(...primaries.map((t) => t.priority));
  const named = leaves.find((t) => t.kind === "primary" && t.namedAccountIds.includes(a.id));
  const winners = primaries.filter((t) => t.priority === best).map((t) => t.id);
  const overlays = leaves
    .filter((t) => t.kind === "overlay" && (t.namedAccountIds.includes(a.id) || hits.includes(t)))
    .map((t) => t.id);
  if (named) return { territoryId: named.id, candidates: [named.id], overlays };
  return { territoryId: winners.length === 1 ? (winners[0] ?? null) : null, candidates: winners, overlays };
}

const sum = (values: string[]) => values.reduce((total, v) => total.plus(v), new Dec(0)).toFixed(2);

// Generous timeouts: the machine running the suite may be busy; these assert behaviour, never speed.
describe("matchTerritories properties", { timeout: 60_000 }, () => {
  it("the rule index finds exactly what testing every rule against every account finds", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const report = matchTerritories(accounts, territories);
        expect(
          report.matches.map((m) => ({
            territoryId: m.territoryId,
            candidates: m.candidates,
            overlays: m.overlayIds,
          })),
        ).toEqual(accounts.map((a) => referenceMatch(a, territories)));
      }),
      { numRuns: 200 },
    );
  });

  it("each account is exactly one of assigned, gap or overlap", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const report = matchTerritories(accounts, territories);
        const gaps = new Set(report.gaps.map((g) => g.accountId));
        const overlaps = new Set(report.overlaps.map((o) => o.accountId));
        expect(report.matches.map((m) => m.accountId)).toEqual(accounts.map((a) => a.id));
        for (const m of report.matches) {
          const kinds = [m.territoryId !== null, gaps.has(m.accountId), overlaps.has(m.accountId)];
          expect(kinds.filter(Boolean)).toHaveLength(1);
          if (m.territoryId !== null) expect(["named", "rule"]).toContain(m.reason);
          if (gaps.has(m.accountId)) expect([m.reason, m.candidates]).toEqual(["none", []]);
          if (overlaps.has(m.accountId)) expect(m.candidates.length).toBeGreaterThan(1);
        }
      }),
    );
  });

  it("adding a rule to a territory never turns an assigned account into a gap", () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), arbRule, ({ accounts, territories }, pick, rule) => {
        const leaves = territories.filter((t) => t.id !== "R" && t.id !== "O");
        const target = leaves[pick % leaves.length]?.id;
        const widened = territories.map((t) => (t.id === target ? { ...t, rules: [...t.rules, rule] } : t));
        const before = matchTerritories(accounts, territories);
        const after = matchTerritories(accounts, widened);
        before.matches.forEach((m, i) => {
          if (m.territoryId !== null) expect(after.matches[i]?.reason).not.toBe("none");
        });
      }),
    );
  });

  it("an account's match does not depend on the other accounts or their order", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const forward = matchTerritories(accounts, territories).matches;
        const backward = matchTerritories([...accounts].reverse(), territories).matches.reverse();
        expect(backward).toEqual(forward);
      }),
    );
  });

  it("named accounts always land in their territory", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const report = matchTerritories(accounts, territories);
        for (const t of territories)
          for (const id of t.namedAccountIds) {
            const match = report.matches.find((m) => m.accountId === id);
            if (t.kind === "primary") expect([match?.territoryId, match?.reason]).toEqual([t.id, "named"]);
            else expect(match?.overlayIds).toContain(t.id);
          }
      }),
    );
  });

  it("byTerritory sums exactly: primary leaves + gaps + overlaps = the total potential; R rolls up its leaves", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const report = matchTerritories(accounts, territories);
        const potentialOf = new Map(accounts.map((a) => [a.id, a.potential]));
        const row = new Map(report.byTerritory.map((r) => [r.territoryId, r]));
        const leaves = territories.filter((t) => t.parentId === "R").map((t) => row.get(t.id));
        const unplaced = [...report.gaps, ...report.overlaps].map((g) => potentialOf.get(g.accountId) ?? "0");
        expect(sum([...leaves.map((l) => l?.potential ?? "0"), ...unplaced])).toBe(
          sum(accounts.map((a) => a.potential)),
        );
        expect(row.get("R")?.potential).toBe(sum(leaves.map((l) => l?.potential ?? "0")));
        expect(row.get("R")?.accounts).toBe(leaves.reduce((n, l) => n + (l?.accounts ?? 0), 0));
      }),
    );
  });
});

describe("routeRecords properties", { timeout: 60_000 }, () => {
  it("a record of an account with a current territory goes there, whatever the rules say", () => {
    fc.assert(
      fc.property(arbCase, fc.array(fc.nat()), ({ accounts, territories }, picks) => {
        const leaves = territories.filter((t) => t.parentId === "R").map((t) => t.id);
        const accountTerritories: Record<string, string> = Object.fromEntries(
          accounts.flatMap((a, i) =>
            picks[i] === undefined ? [] : [[a.id, leaves[(picks[i] ?? 0) % leaves.length] ?? "P0"]],
          ),
        );
        const decisions = routeRecords(
          accounts.map((a) => ({ ...a, accountId: a.id, id: `lead-${a.id}` })),
          { territories, owners: [], accountTerritories, asOf: "2026-06-01" },
        );
        decisions.forEach((d, i) => {
          const current = accountTerritories[accounts[i]?.id ?? ""];
          if (current !== undefined) expect([d.territoryId, d.reason]).toEqual([current, "no owner"]);
          else expect(d.trace.some((line) => line.startsWith("account "))).toBe(false);
        });
      }),
    );
  });

  it("routing a record of each account (no current territory) agrees with matching", () => {
    fc.assert(
      fc.property(arbCase, ({ accounts, territories }) => {
        const owners: TerritoryOwner[] = territories.map((t) => owner(t.id, `rep-${t.id}`, "2026-01-01"));
        const report = matchTerritories(accounts, territories);
        const decisions = routeRecords(
          accounts.map((a) => ({ ...a, accountId: a.id, id: `lead-${a.id}` })),
          { territories, owners, accountTerritories: {}, asOf: "2026-06-01" },
        );
        decisions.forEach((d, i) => {
          const m = report.matches[i];
          expect(d.territoryId).toBe(m?.territoryId);
          expect(d.ownerId).toBe(m?.territoryId ? `rep-${m.territoryId}` : null);
          expect(d.reason).toBe(m?.reason === "none" ? "no territory" : m?.reason);
          expect(d.overlayOwnerIds).toEqual(m?.overlayIds.map((id) => `rep-${id}`));
        });
      }),
    );
  });
});
