import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { marketingTrafficSource } from "./marketing-traffic";

// Fixture traffic: 2025-12-31 paid 777/7 (out), 01-10 paid 1,000/40, 02-11 paid 500/10, 03-05 events 300/30,
// 04-01 events 999/99 (out). Q1: visitors 1,000 + 500 + 300 = 1,800; contacts 40 + 10 + 30 = 80.
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

describe("marketing traffic measures", () => {
  it("facts: visitors 1,800 and new contacts 80 in Q1; paid search 1,500 / 50; no person on any row", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    expect(await sumQ1Facts(database, marketingTrafficSource, ws)).toEqual({
      visitors: "1800",
      new_contacts: "80",
    });
    expect(await sumQ1Facts(database, marketingTrafficSource, ws, { channel: "paid_search" })).toEqual({
      visitors: "1500",
      new_contacts: "50",
    });
    expect(await sumQ1Facts(database, marketingTrafficSource, ws, { months: null })).toEqual({
      visitors: "1800",
      new_contacts: "80",
    });
    expect(
      await sumQ1Facts(database, marketingTrafficSource, ws, { personIds: [fixture.people.ana] }),
    ).toEqual({});
  });

  it("computed for a request: events 300 / 30; a person's scope does not narrow workspace-wide traffic", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    const measures = ["visitors", "new_contacts"];
    expect(
      await marketingTrafficSource.computeDirect(database.db, q1Request(ws, { channel: "events" }), measures),
    ).toEqual({ visitors: "300", new_contacts: "30" });
    expect(
      await marketingTrafficSource.computeDirect(
        database.db,
        q1Request(ws, { personIds: [fixture.people.ana] }),
        measures,
      ),
    ).toEqual({ visitors: "1800", new_contacts: "80" });
  });

  it("drill-down: the three Q1 days, oldest first; new contacts total 80", async () => {
    const { database, fixture } = kpi;
    const page = await marketingTrafficSource.listRows(
      database.db,
      q1Request(fixture.workspaceId),
      "new_contacts",
      {
        page: 1,
        pageSize: 50,
      },
    );
    expect(page.totalRows).toBe(3);
    expect(page.measureTotal).toBe("80");
    expect(page.rows).toEqual([
      { day: "2026-01-10", channel: "paid_search", visitors: 1000, sessions: 1200, contacts: 40 },
      { day: "2026-02-11", channel: "paid_search", visitors: 500, sessions: 600, contacts: 10 },
      { day: "2026-03-05", channel: "events", visitors: 300, sessions: 310, contacts: 30 },
    ]);
  });
});
