import { describe, expect, it } from "vitest";
import { notifications, users } from "@attain/db";
import { eq } from "drizzle-orm";
import { usePerformanceFixture } from "../goals/use-performance-fixture";

const env = usePerformanceFixture();

describe("notifications", () => {
  it("a user sees only their own, newest first; marks one read (404 for someone else's), then all", async () => {
    const { db } = env.database;
    const w = env.fixture.workspaceId;
    const byEmail = new Map(
      (await db.select().from(users).where(eq(users.workspaceId, w))).map((u) => [u.email, u.id]),
    );
    const ann = byEmail.get(env.fixture.emails.ann)!;
    const carl = byEmail.get(env.fixture.emails.carl)!;
    const [first, , carls] = await db
      .insert(notifications)
      .values([
        {
          workspaceId: w,
          userId: ann,
          kind: "goal_off_track",
          title: "A",
          dedupeKey: "a",
          createdAt: new Date("2026-11-01T08:00:00Z"),
        },
        {
          workspaceId: w,
          userId: ann,
          kind: "goal_achieved",
          title: "B",
          dedupeKey: "b",
          createdAt: new Date("2026-11-02T08:00:00Z"),
        },
        { workspaceId: w, userId: carl, kind: "goal_off_track", title: "C", dedupeKey: "c" },
      ])
      .returning({ id: notifications.id });
    const client = await env.signedIn("ann");
    const inbox = await (await client.get("/api/notifications")).json();
    expect(inbox.unread).toBe(2);
    expect(inbox.notifications.map((n: { title: string }) => n.title)).toEqual(["B", "A"]);
    expect((await client.post(`/api/notifications/${carls!.id}/read`)).status).toBe(404);
    expect(await (await client.post(`/api/notifications/${first!.id}/read`)).json()).toEqual({ marked: 1 });
    expect(await (await client.post(`/api/notifications/${first!.id}/read`)).json()).toEqual({ marked: 0 });
    const unread = await (await client.get("/api/notifications?unread=true")).json();
    expect(unread.notifications.map((n: { title: string }) => n.title)).toEqual(["B"]);
    expect(await (await client.post("/api/notifications/read-all")).json()).toEqual({ marked: 1 });
    expect((await (await client.get("/api/notifications")).json()).unread).toBe(0);
    const carlInbox = await (await (await env.signedIn("carl")).get("/api/notifications")).json();
    expect(carlInbox.unread).toBe(1);
  });

  it("401 when not signed in", async () => {
    const { createTestClient } = await import("../test-support/test-client");
    expect((await createTestClient(env.database).get("/api/notifications")).status).toBe(401);
  });
});
