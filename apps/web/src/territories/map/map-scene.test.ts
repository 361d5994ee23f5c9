import { describe, expect, it } from "vitest";
import type { MapAccount, MapTerritory } from "../../api/territory-types";
import { buildMapScene, type MapSceneInput } from "./map-scene";
import { UNASSIGNED_COLOUR } from "./territory-colours";
import { testAtlas } from "./test-atlas";

const { world, context, states } = testAtlas();
const territories: MapTerritory[] = [
  { id: "t-paris", key: "FR-1", name: "Paris", parentId: "a", baseLatitude: 48.86, baseLongitude: 2.35 },
  { id: "t-lyon", key: "FR-2", name: "Lyon", parentId: "a", baseLatitude: null, baseLongitude: null },
];
const accounts: MapAccount[] = [
  { id: "a1", name: "Small", lat: 48.85, lon: 2.3, territoryId: "t-paris", potential: "10000.00", tier: "C" },
  { id: "a2", name: "Big", lat: 45.76, lon: 4.84, territoryId: "t-lyon", potential: "1000000.00", tier: "A" },
  { id: "a3", name: "Nobody's", lat: 43.3, lon: 5.37, territoryId: null, potential: "250000.00", tier: null },
];
const colours = new Map([
  ["FR-1", "#111111"],
  ["FR-2", "#222222"],
]);
const input: MapSceneInput = {
  world,
  context,
  states,
  countries: ["FR"],
  territories,
  accounts,
  colours,
  size: { width: 600, height: 600, padding: 10 },
  radius: { min: 2, max: 12 },
};

describe("buildMapScene", () => {
  const scene = buildMapScene(input);
  it("draws large circles first so the small ones stay on top: Big 12, Nobody's 6, Small 2", () => {
    expect(scene.points.map((p) => [p.name, p.r])).toEqual([
      ["Big", 12],
      ["Nobody's", 6],
      ["Small", 2],
    ]);
  });
  it("colours each account by its territory's key; no territory → the unassigned colour", () => {
    expect(scene.points.map((p) => p.colour)).toEqual(["#222222", UNASSIGNED_COLOUR, "#111111"]);
  });
  it("places every account inside the drawing", () => {
    for (const p of scene.points) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.x).toBeLessThanOrEqual(590);
      expect(p.y).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeLessThanOrEqual(590);
    }
  });
  it("marks the bases of territories that have one (Paris, not Lyon)", () => {
    expect(scene.bases.map((b) => [b.name, b.colour])).toEqual([["Paris", "#111111"]]);
  });
  it("draws France as selected and its neighbours as context, but no US states", () => {
    expect(scene.countries.find((c) => c.name === "France")?.selected).toBe(true);
    expect(scene.countries.find((c) => c.name === "Spain")?.selected).toBe(false);
    expect(scene.countries.some((c) => c.name === "Australia")).toBe(false);
    expect(scene.states).toEqual([]);
  });
  it("shows the 'after' assignment and flags moved accounts", () => {
    const after = buildMapScene({
      ...input,
      assignment: new Map([["a3", "t-paris"]]),
      moved: new Set(["a3"]),
    });
    const moved = after.points.find((p) => p.id === "a3");
    expect(moved).toMatchObject({ territoryId: "t-paris", colour: "#111111", moved: true });
    expect(after.points.filter((p) => p.moved)).toHaveLength(1);
  });
  it("adds the US states when the plan has US accounts", () => {
    const us = buildMapScene({
      ...input,
      countries: ["FR", "US"],
      accounts: [
        ...accounts,
        { ...accounts[0], id: "a4", name: "NYC", lat: 40.71, lon: -74.0 } as MapAccount,
      ],
    });
    expect(us.states.length).toBeGreaterThanOrEqual(50);
    expect(us.countries.find((c) => c.name === "United States of America")?.selected).toBe(true);
  });
});

describe("buildMapScene's outlines", () => {
  it("draws the plan's countries from the detailed atlas and their neighbours from the coarse one", () => {
    const scene = buildMapScene(input);
    const france = scene.countries.find((c) => c.name === "France");
    const coarse = buildMapScene({ ...input, world: context }).countries.find((c) => c.name === "France");
    expect((france?.d.length ?? 0) > (coarse?.d.length ?? 0)).toBe(true);
    // Selected countries come last, so their borders are drawn over their neighbours'.
    expect(scene.countries.at(-1)?.name).toBe("France");
  });
});

describe("buildMapScene zoomed to some countries", () => {
  it("fits to Germany alone: French accounts fall outside the drawing and are left out", () => {
    const berlin: MapAccount = {
      id: "b1",
      name: "Berlin",
      lat: 52.52,
      lon: 13.4,
      territoryId: null,
      potential: "1.00",
      tier: null,
    };
    const scene = buildMapScene({
      ...input,
      countries: ["FR", "DE"],
      accounts: [...accounts, berlin],
      focus: ["DE"],
    });
    expect(scene.points.map((p) => p.name)).toEqual(["Berlin"]);
  });
  it("an empty focus is the whole plan", () => {
    expect(buildMapScene({ ...input, focus: [] }).points).toHaveLength(3);
  });
});
