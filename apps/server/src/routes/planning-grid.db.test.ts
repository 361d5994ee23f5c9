import { describe, expect, it } from "vitest";
import { testAssumptions, thousands } from "../planning/test-support/planning-assumptions";
import { usePlanningFixture } from "../planning/test-support/use-planning-fixture";

const env = usePlanningFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;
type Row = {
  nodeId: string;
  name: string;
  annual: string;
  months: string[];
  unallocated: string | null;
  editable: boolean;
  edited: boolean;
};
const patch = (client: Client, id: string, json: unknown) =>
  client.request("PATCH", `/api/planning/scenarios/${id}/grid`, { json });
const rowOf = (grid: { rows: Row[] }, name: string) => grid.rows.find((r) => r.name === name)!;

/** A draft at revision 2 with the history-only allocation: Ana 660,000; Ben and Carl 330,000; Dora 0. */
async function historyPlan() {
  const admin = await env.signedIn("admin");
  const scenario = await (
    await admin.post("/api/planning/scenarios", { name: "Grid", fiscalYear: 2028 })
  ).json();
  const put = await admin.request("PUT", `/api/planning/scenarios/${scenario.id}/assumptions`, {
    json: { baseRevision: 1, assumptions: testAssumptions() },
  });
  expect(put.status).toBe(200);
  const grid = await (await admin.get(`/api/planning/scenarios/${scenario.id}/grid`)).json();
  return { admin, id: scenario.id as string, grid };
}

describe("editing the grid", () => {
  it("one month of Ana: January 33,000 → 40,000 makes her year 667,000 and Team Mia 7,000 over; the inverse change undoes it exactly", async () => {
    const { admin, id, grid: before } = await historyPlan();
    const ana = `person:${env.fixture.people.ana}`;
    const response = await patch(admin, id, {
      baseRevision: 2,
      changes: [{ nodeId: ana, month: "2028-01", amount: "40000" }],
    });
    expect(response.status).toBe(200);
    const edited = await response.json();
    expect(edited.revision).toBe(3);
    expect(rowOf(edited, "Ana Seller")).toMatchObject({
      annual: "667000.00",
      months: thousands(40, 33, 66, 33, 33, 66, 33, 33, 66, 66, 66, 132),
      edited: true,
    });
    expect(rowOf(edited, "Team Mia")).toMatchObject({ childrenSum: "667000.00", unallocated: "-7000.00" });
    expect(edited.totals).toEqual({ target: "1200000", totalQuota: "1327000.00", overAssignment: "1.1058" });
    expect(edited.inverse).toEqual([{ nodeId: ana, month: "2028-01", amount: "33000.00" }]);

    const undone = await (await patch(admin, id, { baseRevision: 3, changes: edited.inverse })).json();
    expect(undone.revision).toBe(4);
    expect(undone.rows.map((r: Row) => ({ ...r, edited: false, trace: [] }))).toEqual(
      before.rows.map((r: Row) => ({ ...r, edited: false, trace: [] })),
    );
    // `edited` says the cells were typed in since the last allocation, which an undo does not take back.
    expect(rowOf(undone, "Ana Seller").edited).toBe(true);
  });

  it("Team Zoe's year 600,000 → 720,000: its people carry 792,000 in proportion (Ben 396,000, Carl 396,000, Dora 0); South shows −120,000; undo restores every cell", async () => {
    const { admin, id, grid: before } = await historyPlan();
    const zoe = `team:${env.fixture.teams.zoe}`;
    const edited = await (
      await patch(admin, id, { baseRevision: 2, changes: [{ nodeId: zoe, annual: "720000" }] })
    ).json();
    expect(rowOf(edited, "Team Zoe")).toMatchObject({
      annual: "720000.00",
      childrenTotal: "792000.00",
      unallocated: "0.00",
    });
    expect(rowOf(edited, "Ben Seller")).toMatchObject({
      annual: "396000.00",
      months: thousands(19.8, 19.8, 39.6, 19.8, 19.8, 39.6, 19.8, 19.8, 39.6, 39.6, 39.6, 79.2),
    });
    expect(rowOf(edited, "Carl Seller").annual).toBe("396000.00");
    expect(rowOf(edited, "Dora Newhire").annual).toBe("0.00");
    expect(rowOf(edited, "South")).toMatchObject({ childrenSum: "720000.00", unallocated: "-120000.00" });
    const undone = await (await patch(admin, id, { baseRevision: 3, changes: edited.inverse })).json();
    const cells = (rows: Row[]) => rows.map((r) => [r.nodeId, r.annual, r.months, r.unallocated]);
    expect(cells(undone.rows)).toEqual(cells(before.rows));
  });

  it("all or nothing: one bad change among good ones is a 422 naming each bad field, and nothing is applied", async () => {
    const { admin, id, grid: before } = await historyPlan();
    const { ana, ben } = env.fixture.people;
    const response = await patch(admin, id, {
      baseRevision: 2,
      changes: [
        { nodeId: `person:${ana}`, month: "2028-02", amount: "1000" },
        { nodeId: `person:${ben}`, month: "2028-03", amount: "-5" },
        { nodeId: `person:${ben}`, month: "2029-01", amount: "5" },
        { nodeId: "person:nobody", annual: "5" },
        { nodeId: `team:${env.fixture.teams.mia}`, month: "2028-01", amount: "5" },
        { nodeId: "company", annual: "2000000" },
        { nodeId: `person:${ana}`, month: "2028-04", amount: "10.005" },
      ],
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "changes.1.amount", message: "An amount must not be negative, got -5." },
      {
        path: "changes.2.month",
        message: "2029-01 is not a month of this fiscal year (2028-01 to 2028-12).",
      },
      { path: "changes.3.nodeId", message: "No node person:nobody in this scenario." },
      {
        path: "changes.4.month",
        message: "Team Mia is a team: edit a person's months, or give the team an annual amount.",
      },
      {
        path: "changes.5.nodeId",
        message: "The company's amount is the target: change it in the assumptions.",
      },
      { path: "changes.6.amount", message: "EUR amounts have at most 2 decimal places, got 10.005." },
    ]);
    const after = await (await admin.get(`/api/planning/scenarios/${id}/grid`)).json();
    expect(after).toEqual(before);
  });

  it("a team's year that is not a whole number of the unit is refused by the engine, named by the change", async () => {
    const { admin, id } = await historyPlan();
    const response = await patch(admin, id, {
      baseRevision: 2,
      changes: [{ nodeId: `team:${env.fixture.teams.zoe}`, annual: "700500" }],
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      {
        path: "changes.0.annual",
        message: `The new annual 700500 of team:${env.fixture.teams.zoe} is not a whole number of the unit 1000`,
      },
    ]);
  });

  it("a stale revision is a 409 with the current revision; nothing applied", async () => {
    const { admin, id } = await historyPlan();
    const change = { nodeId: `person:${env.fixture.people.ana}`, month: "2028-01", amount: "1" };
    const response = await patch(admin, id, { baseRevision: 1, changes: [change] });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ currentRevision: 2 });
    expect((await (await admin.get(`/api/planning/scenarios/${id}`)).json()).revision).toBe(2);
  });
});

describe("managers edit their own tree", () => {
  it("Mia sees and edits North, Team Mia and Ana; Ben (Zoe's since 2026-02-01) is refused by name", async () => {
    const { id } = await historyPlan();
    const mia = await env.signedIn("mia");
    const grid = await (await mia.get(`/api/planning/scenarios/${id}/grid`)).json();
    expect(grid.rows.map((r: Row) => [r.name, r.editable])).toEqual([
      ["North", true],
      ["Team Mia", true],
      ["Ana Seller", true],
    ]);
    const refused = await patch(mia, id, {
      baseRevision: 2,
      changes: [{ nodeId: `person:${env.fixture.people.ben}`, month: "2028-01", amount: "1" }],
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([
      {
        path: "changes.0.nodeId",
        message: "You may not edit Ben Seller: it is outside the part of the hierarchy you manage.",
      },
    ]);
    const own = await patch(mia, id, {
      baseRevision: 2,
      changes: [{ nodeId: `person:${env.fixture.people.ana}`, month: "2028-12", amount: "132000.50" }],
    });
    expect(own.status).toBe(200);
    expect(rowOf(await own.json(), "Ana Seller").annual).toBe("660000.50");
  });

  it("Zoe manages Dora from her hire date (2028-03-01); Dan, who manages Mia and Zoe, every region but not the company", async () => {
    const { id } = await historyPlan();
    const zoe = await (await (await env.signedIn("zoe")).get(`/api/planning/scenarios/${id}/grid`)).json();
    expect(zoe.rows.map((r: Row) => r.name)).toEqual([
      "South",
      "Team Zoe",
      "Ben Seller",
      "Carl Seller",
      "Dora Newhire",
    ]);
    const dan = await (await (await env.signedIn("dan")).get(`/api/planning/scenarios/${id}/grid`)).json();
    expect(dan.rows.map((r: Row) => [r.name, r.editable])).toEqual([
      ["North", true],
      ["Team Mia", true],
      ["Ana Seller", true],
      ["South", true],
      ["Team Zoe", true],
      ["Ben Seller", true],
      ["Carl Seller", true],
      ["Dora Newhire", true],
    ]);
    const narrowed = await (
      await (
        await env.signedIn("dan")
      ).get(`/api/planning/scenarios/${id}/grid?rootNodeId=team:${env.fixture.teams.mia}`)
    ).json();
    expect(narrowed.rows.map((r: Row) => r.name)).toEqual(["Team Mia", "Ana Seller"]);
    const hidden = await (await env.signedIn("mia")).get(
      `/api/planning/scenarios/${id}/grid?rootNodeId=team:${env.fixture.teams.zoe}`,
    );
    expect(hidden.status).toBe(404);
  });

  it("HR and viewers read the grid but may not edit (403); reps and marketing 403", async () => {
    const { id } = await historyPlan();
    const change = { nodeId: `person:${env.fixture.people.ana}`, month: "2028-01", amount: "1" };
    for (const who of ["hr", "viewer", "ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      expect((await patch(client, id, { baseRevision: 2, changes: [change] })).status).toBe(403);
    }
  });
});
