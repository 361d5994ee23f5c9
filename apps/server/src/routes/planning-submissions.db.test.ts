import { describe, expect, it } from "vitest";
import { testAssumptions } from "../planning/test-support/planning-assumptions";
import { usePlanningFixture } from "../planning/test-support/use-planning-fixture";

const env = usePlanningFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;

async function historyPlan() {
  const admin = await env.signedIn("admin");
  const scenario = await (
    await admin.post("/api/planning/scenarios", { name: "Submissions", fiscalYear: 2028 })
  ).json();
  await admin.request("PUT", `/api/planning/scenarios/${scenario.id}/assumptions`, {
    json: { baseRevision: 1, assumptions: testAssumptions() },
  });
  const step = (client: Client, nodeId: string, action: string, note?: string) =>
    client.post(
      `/api/planning/scenarios/${scenario.id}/submissions/${nodeId}/${action}`,
      note ? { note } : {},
    );
  return { admin, id: scenario.id as string, step };
}

describe("submissions: submit, recall, approve, reject", () => {
  it("Zoe submits Team Zoe; a second submit is a 409; Mia may not recall it; Zoe recalls; resubmits; Dan approves; edits inside are then refused", async () => {
    const { id, step } = await historyPlan();
    const team = `team:${env.fixture.teams.zoe}`;
    const zoe = await env.signedIn("zoe");
    const mia = await env.signedIn("mia");
    const dan = await env.signedIn("dan");
    expect((await step(mia, team, "submit")).status).toBe(403);
    const submitted = await step(zoe, team, "submit", "Ready");
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({
      nodeId: team,
      nodeName: "Team Zoe",
      status: "submitted",
      submittedBy: "zoe",
      decidedBy: null,
      note: "Ready",
    });
    const again = await step(zoe, team, "submit");
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      detail: "Team Zoe's submission is submitted; submit needs it not started or draft or rejected.",
      currentStatus: "submitted",
      wantedStatus: "submitted",
    });
    expect((await step(mia, team, "recall")).status).toBe(403);
    expect(await (await step(zoe, team, "recall")).json()).toMatchObject({ status: "draft" });
    expect((await step(zoe, team, "recall")).status).toBe(409);
    expect((await step(zoe, team, "submit")).status).toBe(200);
    expect((await step(zoe, team, "approve")).status).toBe(403); // not above herself
    expect((await step(mia, team, "approve")).status).toBe(403); // Zoe does not report to Mia
    expect(await (await step(dan, team, "approve", "Fine")).json()).toMatchObject({
      status: "approved",
      decidedBy: "dan",
      note: "Fine",
    });
    const edit = await zoe.request("PATCH", `/api/planning/scenarios/${id}/grid`, {
      json: {
        baseRevision: 2,
        changes: [{ nodeId: `person:${env.fixture.people.ben}`, month: "2028-01", amount: "1" }],
      },
    });
    expect(edit.status).toBe(422);
    expect((await edit.json()).errors).toEqual([
      {
        path: "changes.0.nodeId",
        message: "Ben Seller is in Team Zoe's submission, which is approved: recall or reject it first.",
      },
    ]);
    const grid = await (await zoe.get(`/api/planning/scenarios/${id}/grid`)).json();
    expect(grid.rows.find((r: { name: string }) => r.name === "Team Zoe").submission).toMatchObject({
      status: "approved",
      by: "zoe",
    });
  });

  it("a subtree that does not reconcile cannot be submitted (422 naming the node); rejected, then fixed and resubmitted", async () => {
    const { id, step } = await historyPlan();
    const team = `team:${env.fixture.teams.mia}`;
    const mia = await env.signedIn("mia");
    const ana = `person:${env.fixture.people.ana}`;
    await mia.request("PATCH", `/api/planning/scenarios/${id}/grid`, {
      json: { baseRevision: 2, changes: [{ nodeId: ana, month: "2028-01", amount: "40000" }] },
    });
    const refused = await step(mia, team, "submit");
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([
      {
        path: `grid.${team}.unallocated`,
        message: "Team Mia's children carry 667000.00 of 660000.00: -7000.00 left to allocate.",
      },
    ]);
    await mia.request("PATCH", `/api/planning/scenarios/${id}/grid`, {
      json: { baseRevision: 3, changes: [{ nodeId: ana, month: "2028-02", amount: "26000" }] },
    });
    expect((await step(mia, team, "submit")).status).toBe(200);
    const admin = await env.signedIn("finance");
    expect(await (await step(admin, team, "reject", "Too much in January")).json()).toMatchObject({
      status: "rejected",
      note: "Too much in January",
    });
    expect((await step(admin, team, "approve")).status).toBe(409);
    expect((await step(mia, team, "submit")).status).toBe(200);
    const list = await (await admin.get(`/api/planning/scenarios/${id}/submissions`)).json();
    expect(list.submissions.map((s: { nodeName: string; status: string }) => [s.nodeName, s.status])).toEqual(
      [["Team Mia", "submitted"]],
    );
    const events = await (await admin.get(`/api/planning/scenarios/${id}/events`)).json();
    expect(events.events.map((e: { action: string }) => e.action)).toEqual([
      "scenario.created",
      "assumptions.updated",
      "grid.edited",
      "grid.edited",
      "submission.submitted",
      "submission.rejected",
      "submission.submitted",
    ]);
  });

  it("new assumptions send submitted and approved parts back to draft", async () => {
    const { admin, id, step } = await historyPlan();
    const team = `team:${env.fixture.teams.zoe}`;
    await step(await env.signedIn("zoe"), team, "submit");
    await admin.request("PUT", `/api/planning/scenarios/${id}/assumptions`, {
      json: { baseRevision: 2, assumptions: testAssumptions({ annual: "1300000" }) },
    });
    const list = await (await admin.get(`/api/planning/scenarios/${id}/submissions`)).json();
    expect(list.submissions.map((s: { status: string }) => s.status)).toEqual(["draft"]);
  });
});
