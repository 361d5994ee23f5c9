import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { activitiesSource } from "./activities";

// Fixture activities, 2026-Q1 by the month of occurred_at in UTC:
//   Ana  calls 01-05, 02-10 (the one at 2026-01-01 00:30+01:00 is 2025-12-31 UTC, the one at 04-01 00:00Z is April);
//        meeting 03-03; emails 01-20 (opened, replied), 03-31 23:30Z (opened), 04-01 00:30+02:00 = 03-31 22:30Z
//   Ben  call 03-01, email 03-02, meeting 02-20 · Sam calls 01-07, 01-08, email 01-09 (opened) · nobody: call 02-01
// Calls 2 + 1 + 2 + 1 = 6, emails 3 + 1 + 1 = 5, meetings 2, opened 2 + 1 = 3, replied 1.
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });
const all = ["calls", "emails", "meetings", "emails_opened", "emails_replied"];

describe("activity measures", () => {
  it("facts: calls 6, emails 5, meetings 2, opened 3, replied 1 in Q1 (UTC months)", async () => {
    const { database, fixture } = kpi;
    const expected = { calls: "6", emails: "5", meetings: "2", emails_opened: "3", emails_replied: "1" };
    expect(await sumQ1Facts(database, activitiesSource, fixture.workspaceId)).toEqual(expected);
    expect(await sumQ1Facts(database, activitiesSource, fixture.workspaceId, { months: null })).toEqual(
      expected,
    );
  });

  it("Ana and Sam: calls 2 + 2 = 4, emails 3 + 1 = 4, meetings 1, opened 3, replied 1 (facts and request)", async () => {
    const { database, fixture } = kpi;
    const { ana, sam } = fixture.people;
    const expected = { calls: "4", emails: "4", meetings: "1", emails_opened: "3", emails_replied: "1" };
    expect(
      await sumQ1Facts(database, activitiesSource, fixture.workspaceId, { personIds: [ana, sam] }),
    ).toEqual(expected);
    const request = q1Request(fixture.workspaceId, { personIds: [ana, sam] });
    expect(await activitiesSource.computeDirect(database.db, request, all)).toEqual(expected);
  });

  it("March alone: Ana's two late emails fall in March UTC (emails: Ana 2 + Ben 1 = 3)", async () => {
    const { database, fixture } = kpi;
    const request = q1Request(fixture.workspaceId, { fromDay: "2026-03-01" });
    expect(await activitiesSource.computeDirect(database.db, request, ["emails", "calls"])).toEqual({
      emails: "3",
      calls: "1",
    });
  });

  it("drill-down: Ana's Q1 emails oldest first, with the deal's link; total 3", async () => {
    const { database, fixture } = kpi;
    const request = q1Request(fixture.workspaceId, { personIds: [fixture.people.ana] });
    const page = await activitiesSource.listRows(database.db, request, "emails", { page: 1, pageSize: 10 });
    expect(page.measureTotal).toBe("3");
    expect(page.rows.map((r) => r.occurred_at)).toEqual([
      "2026-01-20 10:00",
      "2026-03-31 22:30",
      "2026-03-31 23:30",
    ]);
    expect(page.rows[0]).toMatchObject({
      kind: "email",
      person: "Ana Seller",
      account: "Alpha Ltd",
      deal: "Deal o1",
      link: `/pipeline/deals/${fixture.deals.o1}`,
    });
    const replied = await activitiesSource.listRows(
      database.db,
      q1Request(fixture.workspaceId),
      "emails_replied",
      {
        page: 1,
        pageSize: 10,
      },
    );
    expect([replied.totalRows, replied.measureTotal]).toEqual([1, "1"]);
  });
});
