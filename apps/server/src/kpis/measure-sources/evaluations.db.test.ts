import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { evaluationsSource } from "./evaluations";

// Fixture evaluations (template: motivation 3, training 3, customer relationship 2, product knowledge 1 on 1–5,
// normalised (s − 1) ÷ 4), 2026-Q1 by period_start, submitted only:
//   Ana 2026-Q1 5/4/3/2 → 1, 0.75, 0.5, 0.25: (3 + 2.25 + 1 + 0.25) ÷ 9 = 0.7222… → 0.722222222222
//   Ben 2026-Q1 3/3/3/3 → 0.5 each: 0.5
//   Ana 2026-03 motivation 4, training 5 only → 0.75, 1: (2.25 + 3) ÷ 6 = 0.875
//   Sam 2026-Q1 draft, Ana 2025-Q4: out
// Overall 0.722222222222 + 0.5 + 0.875 = 2.097222222222 over 3; motivation 1 + 0.5 + 0.75 = 2.25 over 3;
// customer relationship 0.5 + 0.5 = 1 over 2.
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

describe("evaluation measures", () => {
  it("facts: overall 2.097222222222 over 3 evaluations; per criterion as scored", async () => {
    const { database, fixture } = kpi;
    const totals = await sumQ1Facts(database, evaluationsSource, fixture.workspaceId);
    expect(totals).toEqual({
      evaluation_score_total: "2.097222222222",
      evaluation_score_count: "3",
      "evaluation_score_total.motivation": "2.250000000000",
      "evaluation_score_count.motivation": "3",
      "evaluation_score_total.training": "2.250000000000",
      "evaluation_score_count.training": "3",
      "evaluation_score_total.customer_relationship": "1.000000000000",
      "evaluation_score_count.customer_relationship": "2",
      "evaluation_score_total.product_knowledge": "0.750000000000",
      "evaluation_score_count.product_knowledge": "2",
    });
  });

  it("Ana: overall 0.722222222222 + 0.875 = 1.597222222222 over 2 (facts and request); a full rebuild holds the same Q1 figures", async () => {
    const { database, fixture } = kpi;
    const { ana } = fixture.people;
    const facts = await sumQ1Facts(database, evaluationsSource, fixture.workspaceId, { personIds: [ana] });
    expect([facts.evaluation_score_total, facts.evaluation_score_count]).toEqual(["1.597222222222", "2"]);
    const request = q1Request(fixture.workspaceId, { personIds: [ana] });
    expect(
      await evaluationsSource.computeDirect(database.db, request, [
        "evaluation_score_total",
        "evaluation_score_count",
        "evaluation_score_total.customer_relationship",
        "evaluation_score_count.customer_relationship",
      ]),
    ).toEqual({
      evaluation_score_total: "1.597222222222",
      evaluation_score_count: "2",
      "evaluation_score_total.customer_relationship": "0.500000000000",
      "evaluation_score_count.customer_relationship": "1",
    });
    const rebuilt = await sumQ1Facts(database, evaluationsSource, fixture.workspaceId, { months: null });
    expect(rebuilt.evaluation_score_count).toBe("3");
  });

  it("drill-down: the overall scores oldest first, total 2.097222222222; a criterion's rows total 2.25", async () => {
    const { database, fixture } = kpi;
    const request = q1Request(fixture.workspaceId);
    const overall = await evaluationsSource.listRows(database.db, request, "evaluation_score_total", {
      page: 1,
      pageSize: 10,
    });
    expect(overall.measureTotal).toBe("2.097222222222");
    expect(overall.rows.map((r) => [r.period_key, r.person, r.score]).slice(2)).toEqual([
      ["2026-03", "Ana Seller", "0.875000000000"],
    ]);
    const count = await evaluationsSource.listRows(
      database.db,
      request,
      "evaluation_score_count.motivation",
      {
        page: 1,
        pageSize: 10,
      },
    );
    expect([count.totalRows, count.measureTotal]).toEqual([3, "3"]);
    const motivation = await evaluationsSource.listRows(
      database.db,
      request,
      "evaluation_score_total.motivation",
      {
        page: 1,
        pageSize: 10,
      },
    );
    expect(motivation.measureTotal).toBe("2.250000000000");
  });
});
