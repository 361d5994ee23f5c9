import { describe, expect, it } from "vitest";
import { startAttain } from "../start-attain";
import { createTestWorkspace } from "../test-support/create-test-workspace";
import { FIXTURE_PASSWORD } from "../test-support/revenue-fixture";

// `npm start` (startAttain) listens from the start and, on shutdown, ends the open streams so that it can close.
describe("startAttain with live updates", () => {
  it("streams a committed change, then closes with a stream still open", async () => {
    const running = await startAttain({
      port: 0,
      dataDir: "memory://",
      databaseUrl: process.env.DATABASE_URL,
      demo: false,
      today: "2026-03-15",
      quiet: true,
      webDist: "/nonexistent",
    });
    const workspace = await createTestWorkspace(running.database, { slug: "live-start", name: "Live start" });
    const personId = await workspace.person("ana", "Ana Seller", "ae");
    const email = await workspace.user("ana", "manager", personId);
    const signIn = await fetch(`${running.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: running.url },
      body: JSON.stringify({ email, password: FIXTURE_PASSWORD }),
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
    const response = await fetch(`${running.url}/api/live/events`, { headers: { cookie } });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const readUntil = async (marker: string) => {
      while (!text.includes(marker)) {
        const { value, done } = await reader.read();
        if (done) return false;
        text += value;
      }
      return true;
    };
    expect(await readUntil("event: ready")).toBe(true);

    await running.database.sql.query(
      `insert into order_lines (workspace_id, external_id, order_number, owner_id, booking_date, amount, currency)
       values ($1, 'l-1', 'SO-1', $2, '2026-03-10', '100.00', 'EUR')`,
      [workspace.workspaceId, personId],
    );
    expect(await readUntil("event: data-changed")).toBe(true);
    expect(text).toContain('"sources":["order_lines"]');

    await running.close();
    // The server ended the stream itself: the reader sees its end rather than hanging.
    expect(await readUntil("never sent")).toBe(false);
  }, 120_000);
});
