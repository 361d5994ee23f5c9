import type { AllocationInput } from "../types";

/**
 * The worked example of docs/calculations/quota-planning.md: company 1,000,000 → East (team A: Ann, Bob) and West
 * (team B: Cy); weights history 0.6, capacity 0.4; reps carry 110 % of their team; unit 1,000.
 */
export const allocationExample = (over: Partial<AllocationInput> = {}): AllocationInput => ({
  nodes: [
    { id: "company", parentId: null, kind: "company", name: "Acme" },
    { id: "region:east", parentId: "company", kind: "region", name: "East" },
    { id: "region:west", parentId: "company", kind: "region", name: "West" },
    { id: "team:a", parentId: "region:east", kind: "team", name: "Team A" },
    { id: "team:b", parentId: "region:west", kind: "team", name: "Team B" },
    { id: "person:ann", parentId: "team:a", kind: "person", name: "Ann" },
    { id: "person:bob", parentId: "team:a", kind: "person", name: "Bob" },
    { id: "person:cy", parentId: "team:b", kind: "person", name: "Cy" },
  ],
  target: "1000000",
  drivers: {
    "person:ann": { history: "300000", potential: "0", pipeline: "0", capacity: "400000" },
    "person:bob": { history: "100000", potential: "0", pipeline: "0", capacity: "200000" },
    "person:cy": { history: "200000", potential: "0", pipeline: "0", capacity: "400000" },
  },
  weights: { history: "0.6", potential: "0", pipeline: "0", capacity: "0.4" },
  overAssignment: { region: "1", team: "1", person: "1.1" },
  unit: "1000",
  locked: {},
  seasonality: [
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
  ],
  ...over,
});
