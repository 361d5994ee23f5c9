import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { feedbackSource } from "./feedback";

// Fixture feedback, 2026-Q1 by received_on:
//   complaints Ana 01-15, Ben 02-15 (Ana 05-01: out) = 2
//   customer feedback Ana 01-20 ★5, Ana 02-20 ★4, Ben 03-20 ★2, Ben 03-21 (no rating) = 4; ratings 5 + 4 + 2 = 11 over 3
//   rep feedback Sam lead 01-11 negative, Sam lead 02-11 positive, Ana process 03-11 negative, Ana process 03-12 = 4;
//   negative 2
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });
const all = [
  "complaints",
  "customer_feedback",
  "rating_total",
  "rating_count",
  "lead_feedback",
  "negative_lead_feedback",
];

describe("feedback measures", () => {
  it("facts: complaints 2, feedback 4, ratings 11 over 3, rep feedback 4 of which 2 negative", async () => {
    const { database, fixture } = kpi;
    const expected = {
      complaints: "2",
      customer_feedback: "4",
      rating_total: "11",
      rating_count: "3",
      lead_feedback: "4",
      negative_lead_feedback: "2",
    };
    expect(await sumQ1Facts(database, feedbackSource, fixture.workspaceId)).toEqual(expected);
    // A full rebuild holds Ana's May complaint too, outside Q1
    expect(await sumQ1Facts(database, feedbackSource, fixture.workspaceId, { months: null })).toEqual(
      expected,
    );
  });

  it("Ben: complaints 1, feedback 2, ratings 2 over 1, no rep feedback (facts and request)", async () => {
    const { database, fixture } = kpi;
    const { ben } = fixture.people;
    expect(await sumQ1Facts(database, feedbackSource, fixture.workspaceId, { personIds: [ben] })).toEqual({
      complaints: "1",
      customer_feedback: "2",
      rating_total: "2",
      rating_count: "1",
    });
    const request = q1Request(fixture.workspaceId, { personIds: [ben] });
    expect(await feedbackSource.computeDirect(database.db, request, all)).toEqual({
      complaints: "1",
      customer_feedback: "2",
      rating_total: "2",
      rating_count: "1",
      lead_feedback: "0",
      negative_lead_feedback: "0",
    });
  });

  it("drill-down: the ratings oldest first, total 11; complaints link the deal when there is one", async () => {
    const { database, fixture } = kpi;
    const request = q1Request(fixture.workspaceId);
    const ratings = await feedbackSource.listRows(database.db, request, "rating_total", {
      page: 1,
      pageSize: 10,
    });
    expect(ratings.measureTotal).toBe("11");
    expect(ratings.rows.map((r) => [r.received_on, r.person, r.rating])).toEqual([
      ["2026-01-20", "Ana Seller", 5],
      ["2026-02-20", "Ana Seller", 4],
      ["2026-03-20", "Ben Seller", 2],
    ]);
    const complaints = await feedbackSource.listRows(database.db, request, "complaints", {
      page: 1,
      pageSize: 10,
    });
    expect(complaints.measureTotal).toBe("2");
    expect(complaints.rows.map((r) => [r.account, r.link])).toEqual([
      ["Alpha Ltd", null],
      [null, `/pipeline/deals/${fixture.deals.o1}`],
    ]);
  });
});
