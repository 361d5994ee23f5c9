import { describe, expect, it } from "vitest";
import { SegmentationInputError } from "../segmentation-input-error";
import { context, testAccount } from "../test-account";
import type { ClusterConfig, SegmentationAccount } from "../types";
import { clusterAccounts } from "./cluster-accounts";

// A small seeded LCG for test data (Numerical Recipes constants), independent of the code under test.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

const centres = [
  { employees: 100, revenue: 10 },
  { employees: 1000, revenue: 500 },
  { employees: 5000, revenue: 2000 },
];

function blobs(perBlob: number, seed: number): SegmentationAccount[] {
  const random = lcg(seed);
  return centres.flatMap((centre, b) =>
    Array.from({ length: perBlob }, (_, i) =>
      testAccount(`b${b}-${String(i).padStart(4, "0")}`, {
        employees: Math.round(centre.employees * (0.9 + 0.2 * random())),
        annualRevenue: (centre.revenue * (0.9 + 0.2 * random())).toFixed(2),
      }),
    ),
  );
}

const config: ClusterConfig = {
  kind: "clusters",
  features: ["employees", "annualRevenue"],
  logFeatures: [],
  kMin: 2,
  kMax: 6,
  seed: 7,
};

describe("clusterAccounts", () => {
  const accounts = blobs(30, 42);
  const result = clusterAccounts(accounts, config, context);

  it("finds k = 3 on three well-separated blobs, by the highest mean silhouette", () => {
    expect(result.clusters.k).toBe(3);
    expect(result.clusters.silhouetteByK.map((entry) => entry.k)).toEqual([2, 3, 4, 5, 6]);
    const best = Math.max(...result.clusters.silhouetteByK.map((entry) => entry.silhouette));
    expect(result.clusters.silhouetteByK.find((entry) => entry.k === 3)?.silhouette).toBe(best);
    expect(best).toBeGreaterThan(0.8);
  });

  it("puts each blob in one cluster of its own", () => {
    const byBlob = [0, 1, 2].map(
      (b) =>
        new Set(result.assignments.filter((a) => a.accountId.startsWith(`b${b}-`)).map((a) => a.segment)),
    );
    expect(byBlob.map((set) => set.size)).toEqual([1, 1, 1]);
    expect(new Set(byBlob.map((set) => [...set][0])).size).toBe(3);
  });

  it("reports centres in the features' own units: each equals its members' mean", () => {
    for (const centroid of result.clusters.centroids) {
      const members = result.assignments
        .filter((a) => a.segment === centroid.segment)
        .map((a) => a.accountId);
      const rows = accounts.filter((account) => members.includes(account.id));
      const meanEmployees = rows.reduce((sum, account) => sum + (account.employees ?? 0), 0) / rows.length;
      expect(centroid.values.employees).toBeCloseTo(meanEmployees, 3);
    }
  });

  it("is stable: the same seed gives the same clusters, whatever the input order", () => {
    const again = clusterAccounts([...accounts].reverse(), config, context);
    const segmentOf = (list: typeof result.assignments) =>
      Object.fromEntries(list.map((a) => [a.accountId, a.segment]));
    expect(segmentOf(again.assignments)).toEqual(segmentOf(result.assignments));
    expect(again.clusters).toEqual(result.clusters);
  });

  it("explains each assignment: values, z-scores, chosen k and the nearest centres", () => {
    const trace = result.assignments[0]?.trace ?? [];
    expect(trace[0]).toMatch(/^employees \d+, annualRevenue [\d.]+ → z \(-?\d+\.\d\d, -?\d+\.\d\d\)$/);
    expect(trace[1]).toMatch(/^k = 3 \(mean silhouette 0\.\d+; silhouette on all 90 accounts\)$/);
    expect(trace[2]).toMatch(/^nearest centre Cluster \d at \d+\.\d{3}; next Cluster \d at \d+\.\d{3}$/);
  });

  it("leaves an account missing a feature unsegmented with a warning; log1p features accept zero", () => {
    const withGap = [...accounts, testAccount("gap", { employees: 50 })];
    const logged = clusterAccounts(withGap, { ...config, logFeatures: ["employees"] }, context);
    expect(logged.assignments.at(-1)).toEqual({
      accountId: "gap",
      segment: null,
      trace: ["no annualRevenue: not clustered"],
    });
    expect(logged.warnings).toEqual([{ accountId: "gap", message: "no annualRevenue: not clustered" }]);
    expect(logged.clusters.k).toBe(3);
  });

  it("samples 2,000 accounts (seeded) for the silhouette above that size, and says so", () => {
    const big = blobs(700, 3);
    const sampled = clusterAccounts(big, { ...config, kMin: 3, kMax: 3 }, context);
    expect(sampled.assignments[0]?.trace[1]).toContain(
      "silhouette on a seeded sample of 2000 of 2100 accounts",
    );
    expect(sampled.clusters.k).toBe(3);
  });

  it("needs more accounts (with distinct features) than kMin", () => {
    const two = accounts.slice(0, 2);
    expect(() => clusterAccounts(two, config, context)).toThrow(SegmentationInputError);
    expect(() => clusterAccounts(accounts, { ...config, features: ["industry"] }, context)).toThrow(
      /clustering needs numbers/,
    );
  });
});
