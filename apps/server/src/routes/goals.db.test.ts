import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goals, notifications, opportunities, users } from "@attain/db";
import { checkGoals } from "../goals/check-goals";
import { raiseGoalAlerts } from "../goals/raise-goal-alerts";
import { usePerformanceFixture } from "../goals/use-performance-fixture";

const env = usePerformanceFixture();

const goalFor = (owner: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: "Q4 calls",
  description: "More first calls",
  owner,
  kpiKey: "calls_per_rep",
  target: "120",
  startsOn: "2026-10-01",
  deadline: "2026-12-31",
  rationale: "Last quarter: 95",
  relevance: "Pipeline for Q1",
  milestones: [
    { label: "October", dueOn: "2026-10-31", target: "40" },
    { label: "November", dueOn: "2026-11-30", target: "80" },
  ],
  ...extra,
});

describe("goals: who may set and see them", () => {
  it("a rep sets their own goal (201, progress and milestones), not a colleague's (403) nor a team's (403)", async () => {
    const { ann, bob } = env.fixture.people;
    const client = await env.signedIn("ann");
    const own = await client.post("/api/goals", goalFor({ kind: "person", personId: ann }));
    expect(own.status).toBe(201);
    const body = await own.json();
    expect(body).toMatchObject({
      name: "Q4 calls",
      owner: { kind: "person", personId: ann, teamId: null, name: "Ann Seller" },
      kpi: { key: "calls_per_rep", unit: "count", direction: "up" },
      target: "120",
      status: "active",
      milestones: [
        { label: "October", dueOn: "2026-10-31", target: "40" },
        { label: "November", dueOn: "2026-11-30", target: "80" },
      ],
    });
    expect(body.progress.milestones).toHaveLength(2);
    expect((await client.post("/api/goals", goalFor({ kind: "person", personId: bob }))).status).toBe(403);
    const team = { kind: "team", teamId: env.fixture.teams.north };
    expect((await client.post("/api/goals", goalFor(team))).status).toBe(403);
  });

  it("a manager sets goals for their tree and their team, not the other team's (403); a viewer cannot write (403)", async () => {
    const { bob, carl } = env.fixture.people;
    const mia = await env.signedIn("mia");
    expect((await mia.post("/api/goals", goalFor({ kind: "person", personId: bob }))).status).toBe(201);
    const team = await mia.post(
      "/api/goals",
      goalFor(
        { kind: "team", teamId: env.fixture.teams.north },
        { kpiKey: "win_rate", target: "0.3", milestones: [] },
      ),
    );
    expect(team.status).toBe(201);
    expect((await team.json()).owner).toEqual({
      kind: "team",
      personId: null,
      teamId: env.fixture.teams.north,
      name: "North",
    });
    expect((await mia.post("/api/goals", goalFor({ kind: "person", personId: carl }))).status).toBe(403);
    expect(
      (await mia.post("/api/goals", goalFor({ kind: "team", teamId: env.fixture.teams.south }))).status,
    ).toBe(403);
    expect((await mia.post("/api/goals", goalFor({ kind: "workspace" }))).status).toBe(403);
    const viewer = await env.signedIn("viewer");
    expect((await viewer.post("/api/goals", goalFor({ kind: "workspace" }))).status).toBe(403);
    const hr = await env.signedIn("hr");
    expect(
      (
        await hr.post(
          "/api/goals",
          goalFor({ kind: "workspace" }, { kpiKey: "mqls", target: "500", milestones: [] }),
        )
      ).status,
    ).toBe(201);
  });

  it("lists what each caller may see: Ann her own and North's and the workspace's; Olga none of North's; viewer all", async () => {
    const names = async (who: Parameters<typeof env.signedIn>[0]) =>
      (
        (await (await env.signedIn(who)).get("/api/goals")).json() as Promise<{
          goals: { owner: { name: string } }[];
        }>
      ).then((b) => b.goals.map((g) => g.owner.name).sort());
    expect(await names("ann")).toEqual(["Ann Seller", "North", "Performance Co"]);
    expect(await names("mia")).toEqual(["Ann Seller", "Bob Seller", "North", "Performance Co"]);
    expect(await names("olga")).toEqual(["Performance Co"]);
    expect(await names("viewer")).toEqual(["Ann Seller", "Bob Seller", "North", "Performance Co"]);
    const [bobGoal] = await env.database.db
      .select({ id: goals.id })
      .from(goals)
      .where(eq(goals.personId, env.fixture.people.bob));
    expect((await (await env.signedIn("ann")).get(`/api/goals/${bobGoal!.id}`)).status).toBe(403);
    expect((await (await env.signedIn("mia")).get(`/api/goals/${bobGoal!.id}`)).status).toBe(200);
    expect(
      (await (await env.signedIn("mia")).get("/api/goals/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });

  it("edits and cancels; a cancelled goal cannot change (409)", async () => {
    const { bob } = env.fixture.people;
    const mia = await env.signedIn("mia");
    const created = await (await mia.post("/api/goals", goalFor({ kind: "person", personId: bob }))).json();
    const edited = await mia.request("PUT", `/api/goals/${created.id}`, {
      json: goalFor({ kind: "person", personId: bob }, { target: "150", milestones: [] }),
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ target: "150", milestones: [] });
    const cancelled = await mia.post(`/api/goals/${created.id}/cancel`);
    expect((await cancelled.json()).status).toBe("cancelled");
    const again = await mia.request("PUT", `/api/goals/${created.id}`, {
      json: goalFor({ kind: "person", personId: bob }),
    });
    expect(again.status).toBe(409);
    expect((await (await env.signedIn("ann")).post(`/api/goals/${created.id}/cancel`)).status).toBe(403);
  });
});

describe("goals: validation", () => {
  it("422 naming each field: unknown KPI, deadline before start, milestone outside the dates, decreasing milestones", async () => {
    const { ann } = env.fixture.people;
    const client = await env.signedIn("admin");
    const response = await client.post(
      "/api/goals",
      goalFor(
        { kind: "person", personId: ann },
        {
          kpiKey: "bookings",
          startsOn: "2026-10-01",
          deadline: "2026-12-31",
          target: "100000",
          milestones: [
            { label: "A", dueOn: "2026-10-31", target: "50000" },
            { label: "B", dueOn: "2026-11-30", target: "40000" },
            { label: "C", dueOn: "2027-01-15", target: "90000" },
          ],
        },
      ),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      {
        path: "milestones.2.dueOn",
        message: "Must fall between the start (2026-10-01) and the deadline (2026-12-31)",
      },
      {
        path: "milestones.1.target",
        message:
          "Bookings vs target accrues over time: a milestone's target cannot be below an earlier one's (50000)",
      },
    ]);
    const bad = await client.post(
      "/api/goals",
      goalFor(
        { kind: "team", teamId: ann },
        { kpiKey: "nope", startsOn: "2026-12-01", deadline: "2026-11-01" },
      ),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "kpiKey",
      "owner.teamId",
      "deadline",
      "milestones.0.dueOn",
      "milestones.1.dueOn",
    ]);
    const malformed = await client.post("/api/goals", { ...goalFor({ kind: "workspace" }), target: "lots" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].path).toBe("target");
  });

  it("a level KPI (win rate) may have milestones that go down", async () => {
    const client = await env.signedIn("admin");
    const response = await client.post(
      "/api/goals",
      goalFor(
        { kind: "team", teamId: env.fixture.teams.south },
        {
          kpiKey: "win_rate",
          target: "0.3",
          milestones: [
            { label: "A", dueOn: "2026-10-31", target: "0.35" },
            { label: "B", dueOn: "2026-11-30", target: "0.3" },
          ],
        },
      ),
    );
    expect(response.status).toBe(201);
  });
});

describe("goal alerts", () => {
  it("an off-track goal alerts Ann and her manager Mia once per month; a second raise and the job add nothing", async () => {
    const { db } = env.database;
    const [goal] = await db
      .select()
      .from(goals)
      .where(and(eq(goals.personId, env.fixture.people.ann), eq(goals.status, "active")));
    // Reading goals earlier in this file may have raised alerts already: start from none.
    await db.delete(notifications).where(eq(notifications.workspaceId, env.fixture.workspaceId));
    const progress = {
      status: "off_track" as const,
      explanation: "Calls 30 against 60 expected",
      value: "30",
      ratio: "0.25",
    };
    expect(await raiseGoalAlerts(db, goal!, progress, "2026-11-22")).toBe(2);
    expect(await raiseGoalAlerts(db, goal!, progress, "2026-11-23")).toBe(0);
    expect(await raiseGoalAlerts(db, goal!, progress, "2026-12-01")).toBe(2);
    const rows = await db
      .select({ userId: notifications.userId, dedupeKey: notifications.dedupeKey, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.workspaceId, env.fixture.workspaceId));
    const emails = new Map(
      (await db.select().from(users).where(eq(users.workspaceId, env.fixture.workspaceId))).map((u) => [
        u.id,
        u.email,
      ]),
    );
    expect(rows.map((r) => `${emails.get(r.userId)?.split("-")[0]} ${r.dedupeKey}`).sort()).toEqual([
      `ann goal:${goal!.id}:goal_off_track:2026-11`,
      `ann goal:${goal!.id}:goal_off_track:2026-12`,
      `mia goal:${goal!.id}:goal_off_track:2026-11`,
      `mia goal:${goal!.id}:goal_off_track:2026-12`,
    ]);
    const first = await checkGoals(db, { workspaceId: env.fixture.workspaceId, today: "2026-11-22" });
    const second = await checkGoals(db, { workspaceId: env.fixture.workspaceId, today: "2026-11-22" });
    expect(second.alerts).toBe(0);
    expect(first.goals).toBe(second.goals);
  });

  it("a team goal alerts the team's manager (a member with the manager job) and whoever manages them", async () => {
    const { db } = env.database;
    const [goal] = await db.select().from(goals).where(eq(goals.teamId, env.fixture.teams.north));
    const progress = { status: "achieved" as const, explanation: "Reached", value: "0.4", ratio: "1.3333" };
    expect(await raiseGoalAlerts(db, goal!, progress, "2026-11-22")).toBe(1);
    const [row] = await db
      .select({ kind: notifications.kind, title: notifications.title })
      .from(notifications)
      .where(eq(notifications.dedupeKey, `goal:${goal!.id}:goal_achieved:2026-11`));
    expect(row).toEqual({ kind: "goal_achieved", title: `Goal achieved: ${goal!.name}` });
  });
});

describe("goal progress through the KPI module", () => {
  it("Bob's deals-created goal on 2026-11-22: 2 in October + 3 in November (the KPI reads whole months, so the 25th counts) = 5 of 10; October's milestone 2 < 3; expected 3 + 4 × 22/30 = 5.93, 5 < 0.9 × 5.93 → off track, alerting Bob and Mia once", async () => {
    const { db } = env.database;
    const { bob } = env.fixture.people;
    const w = env.fixture.workspaceId;
    await db.delete(notifications).where(eq(notifications.workspaceId, w));
    await db.insert(opportunities).values(
      ["2026-10-05", "2026-10-20", "2026-11-02", "2026-11-18", "2026-09-30", "2026-11-25"].map(
        (createdOn, i) => ({
          workspaceId: w,
          externalId: `opp-${i}-${env.fixture.tag}`,
          name: `Deal ${i}`,
          ownerId: bob,
          stage: "qualify",
          amount: "1000",
          currency: "EUR",
          createdOn,
          closeDate: "2027-01-31",
        }),
      ),
    );
    const mia = await env.signedIn("mia");
    const created = await mia.post("/api/goals", {
      ...goalFor({ kind: "person", personId: bob }),
      name: "Deals created in Q4",
      kpiKey: "opportunities_created",
      target: "10",
      milestones: [
        { label: "October", dueOn: "2026-10-31", target: "3" },
        { label: "November", dueOn: "2026-11-30", target: "7" },
      ],
    });
    expect(created.status).toBe(201);
    const goal = await (await mia.get(`/api/goals/${(await created.json()).id}`)).json();
    expect(goal.progress).toMatchObject({
      value: "5",
      ratio: "0.5000",
      expectedByToday: "5.93",
      status: "off_track",
      milestones: [
        { label: "October", target: "3", value: "2", met: false },
        { label: "November", target: "7", value: null, met: null },
      ],
    });
    await mia.get(`/api/goals/${goal.id}`);
    const bobInbox = await (await env.signedIn("bob")).get("/api/notifications?unread=true");
    const inbox = await bobInbox.json();
    expect(inbox.unread).toBe(1);
    expect(inbox.notifications).toEqual([
      expect.objectContaining({
        kind: "goal_off_track",
        title: "Goal off track: Deals created in Q4",
        link: `/goals/${goal.id}`,
        readAt: null,
      }),
    ]);
    const miaInbox = await (await mia.get("/api/notifications")).json();
    expect(miaInbox.notifications.map((n: { kind: string }) => n.kind)).toEqual(["goal_off_track"]);
    const annInbox = await (await (await env.signedIn("ann")).get("/api/notifications")).json();
    expect(annInbox.notifications.filter((n: { link: string }) => n.link === `/goals/${goal.id}`)).toEqual(
      [],
    );
  });
});
