import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { leadsSource } from "./leads";

// Fixture leads (kpi-activity-fixture.ts), credited to the SDR else the owner, 2026-Q1:
//   L1 paid  created 01-05 mql 01-10 sql 02-01 conv 02-20  Sam   O1 won 03-10
//   L2 paid  created 02-03 mql 02-10 sql 04-02 (Q2)        Sam   O2 open
//   L3 event created 03-01 mql 03-15 sql 03-20 conv 03-25  Ben   O3 won, closes 11-30 (after today 11-22)
//   L4 event created 2025-12-20 mql 01-08 sql 01-20 conv 02-02  nobody  O4 won 02-15
//   L5 paid  created 03-30                                  Sam
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

describe("leads measures", () => {
  it("facts: created L1+L2+L3+L5 = 4, MQLs L1+L2+L3+L4 = 4, SQLs L1+L3+L4 = 3, converted L1+L3+L4 = 3", async () => {
    const { database, fixture } = kpi;
    expect(await sumQ1Facts(database, leadsSource, fixture.workspaceId)).toEqual({
      leads_created: "4",
      mqls: "4",
      sqls: "3",
      leads_converted: "3",
    });
  });

  it("facts by channel and person: events 1/2/2/2; Sam 3/2/1/1; a full rebuild holds the same Q1 rows", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    expect(await sumQ1Facts(database, leadsSource, ws, { channel: "events" })).toEqual({
      leads_created: "1",
      mqls: "2",
      sqls: "2",
      leads_converted: "2",
    });
    expect(await sumQ1Facts(database, leadsSource, ws, { personIds: [fixture.people.sam] })).toEqual({
      leads_created: "3",
      mqls: "2",
      sqls: "1",
      leads_converted: "1",
    });
    expect(await sumQ1Facts(database, leadsSource, ws, { months: null })).toEqual({
      leads_created: "4",
      mqls: "4",
      sqls: "3",
      leads_converted: "3",
    });
  });

  it("leads won (cohort, as of today): of L1, L2, L3, L5 only L1's deal is won by 11-22 = 1", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    const direct = (narrow: Parameters<typeof q1Request>[1]) =>
      leadsSource.computeDirect(database.db, q1Request(ws, narrow), ["leads_won", "mqls"]);
    expect(await direct({})).toEqual({ leads_won: "1", mqls: "4" });
    expect(await direct({ personIds: [fixture.people.sam] })).toEqual({ leads_won: "1", mqls: "2" });
    expect(await direct({ personIds: [fixture.people.ben] })).toEqual({ leads_won: "0", mqls: "1" });
    expect(await direct({ channel: "events" })).toEqual({ leads_won: "0", mqls: "2" });
    // On 12-01, O3 (closed 11-30) is won too: L1 + L3 = 2
    expect(await direct({ today: "2026-12-01" })).toEqual({ leads_won: "2", mqls: "4" });
  });

  it("drill-down: the MQLs oldest first (L4 01-08, L1 01-10, L2, L3), paged, total 4; won rows link the deal", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    const first = await leadsSource.listRows(database.db, q1Request(ws), "mqls", { page: 1, pageSize: 3 });
    expect(first.totalRows).toBe(4);
    expect(first.measureTotal).toBe("4");
    expect(first.rows.map((r) => [r.company, r.mql_on, r.channel, r.person])).toEqual([
      ["Company L4", "2026-01-08", "events", null],
      ["Company L1", "2026-01-10", "paid_search", "Sam Prospector"],
      ["Company L2", "2026-02-10", "paid_search", "Sam Prospector"],
    ]);
    const second = await leadsSource.listRows(database.db, q1Request(ws), "mqls", { page: 2, pageSize: 3 });
    expect(second.rows.map((r) => r.company)).toEqual(["Company L3"]);
    const won = await leadsSource.listRows(database.db, q1Request(ws), "leads_won", {
      page: 1,
      pageSize: 10,
    });
    expect(won.measureTotal).toBe("1");
    expect(won.rows).toEqual([
      expect.objectContaining({ company: "Company L1", link: `/pipeline/deals/${fixture.deals.o1}` }),
    ]);
    expect(won.columns.map((c) => c.key)).toContain("link");
  });
});
