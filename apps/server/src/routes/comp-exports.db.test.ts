import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people, regions, teamMemberships, teams } from "@attain/db";
import { insertFebruaryRun, insertJanuaryRun } from "../compensation/workflow/test-factory";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";

const env = useCompFixture();
const { signedIn } = env;
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
let firstExport = "";

const approve = async (periodKey: string) => {
  const finance = await signedIn("finance");
  await finance.post(`/api/comp/periods/${periodKey}/submit`);
  await (await signedIn("dan")).post(`/api/comp/periods/${periodKey}/approve`, { step: "manager" });
  await finance.post(`/api/comp/periods/${periodKey}/approve`, { step: "finance" });
};

describe("payroll and accrual exports", () => {
  it("refuses a period that is not approved yet (409) and non-admins (403)", async () => {
    await insertJanuaryRun(env.db, env.fixture);
    const { ben, carl } = env.fixture.people;
    await env.db.update(people).set({ fullName: '=Ben "Closer", Seller' }).where(eq(people.id, ben));
    const finance = await signedIn("finance");
    await finance.post("/api/comp/adjustments", {
      personId: carl,
      periodKey: "2026-01",
      amount: "5.00",
      currency: "EUR",
      reason: "Referral",
    });
    const early = await finance.get("/api/comp/exports/payroll?periodKey=2026-01");
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ currentStatus: "calculated", wantedStatus: "exported" });
    expect((await (await signedIn("mia")).get("/api/comp/exports/payroll?periodKey=2026-01")).status).toBe(
      403,
    );
    expect((await finance.get("/api/comp/exports/payroll?periodKey=2026-01&preset=quickbooks")).status).toBe(
      400,
    );
  });

  it("generic CSV: a row per payee and pay line, neutralised names, control 200.00 + 30.50 + 100.00 + 150.00 − 15.00 + 5.00 = 470.50 = approved total", async () => {
    await approve("2026-01");
    const finance = await signedIn("finance");
    const response = await finance.get("/api/comp/exports/payroll?periodKey=2026-01&preset=generic");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const ben = `"'=Ben ""Closer"", Seller"`;
    expect(await response.text()).toBe(
      [
        "employee_id,employee_name,period,pay_code,amount,currency",
        "ana,Ana Seller,2026-01,COMMISSION,200.00,EUR",
        `ben,${ben},2026-01,COMMISSION,30.50,EUR`,
        `ben,${ben},2026-01,BONUS,100.00,EUR`,
        "carl,Carl Seller,2026-01,COMMISSION,150.00,EUR",
        "carl,Carl Seller,2026-01,HOLDBACK,-15.00,EUR",
        "carl,Carl Seller,2026-01,ADJUSTMENT,5.00,EUR",
        "CONTROL_TOTAL,6 rows,2026-01,,470.50,EUR",
        "",
      ].join("\r\n"),
    );
    const period = await (await finance.get("/api/comp/periods/2026-01")).json();
    expect(period.totals[0].payableWithAdjustments).toBe("470.50");
  });

  it("re-exporting a paid period returns the first published export byte for byte, even after a rename", async () => {
    const finance = await signedIn("finance");
    await finance.post("/api/comp/periods/2026-01/publish");
    firstExport = await (await finance.get("/api/comp/exports/payroll?periodKey=2026-01")).text();
    await env.db.update(people).set({ fullName: "Ana Renamed" }).where(eq(people.id, env.fixture.people.ana));
    await finance.post("/api/comp/periods/2026-01/mark-paid");
    const again = await (await finance.get("/api/comp/exports/payroll?periodKey=2026-01")).text();
    expect(sha(again)).toBe(sha(firstExport));
    expect(again).toContain("Ana Seller");
    const adp = await (await finance.get("/api/comp/exports/payroll?periodKey=2026-01&preset=adp")).text();
    expect(adp.split("\r\n").slice(0, 2)).toEqual([
      "Co Code,Batch ID,File #,Employee Name,Earnings Code,Earnings Amount,Currency",
      "ATN,ATTAIN202601,ana,Ana Renamed,C,200.00,EUR",
    ]);
    expect(adp).toContain("ATN,ATTAIN202601,TOTAL,6 rows,,470.50,EUR\r\n");
    const sage = await (await finance.get("/api/comp/exports/payroll?periodKey=2026-01&preset=sage")).text();
    expect(sage.split("\r\n")[0]).toBe(
      "Employee Reference,Employee Name,Payment Type,Description,Value,Currency,Period",
    );
    expect(sage).toContain("TOTAL,6 rows,,Control total,470.50,EUR,2026-01\r\n");
  });

  it("accrual by cost centre: Jan (paid) 485.50 = earned 480.50 + adjustments 5.00; with Feb, unpaid = Feb's 300.00 + 87.75 = 387.75", async () => {
    const { workspaceId } = env.fixture;
    const { ana, carl } = env.fixture.people;
    const [france] = await env.db
      .insert(regions)
      .values({ workspaceId, externalId: "fr", name: "France" })
      .returning();
    await env.db.update(people).set({ regionId: france!.id }).where(eq(people.id, carl));
    const [paris] = await env.db
      .insert(teams)
      .values({ workspaceId, externalId: "paris", name: "Paris Team" })
      .returning();
    await env.db
      .insert(teamMemberships)
      .values({ workspaceId, personId: ana, teamId: paris!.id, validFrom: "2025-01-01" });
    const finance = await signedIn("finance");
    const january = await (await finance.get("/api/comp/exports/accrual?periodKey=2026-01")).text();
    expect(january.split("\r\n").at(-2)).toBe("CONTROL_TOTAL,,2026-01,3 rows,EUR,480.50,5.00,485.50,0.00");

    await insertFebruaryRun(env.db, env.fixture);
    expect(await (await finance.get("/api/comp/exports/accrual?periodKey=2026-02")).text()).toBe(
      [
        "cost_centre,region,period,period_status,currency,earned,adjustments,expense,unpaid",
        "France,France,2026-01,paid,EUR,150.00,5.00,155.00,0.00",
        "Paris Team,,2026-01,paid,EUR,200.00,0.00,200.00,0.00",
        "unassigned,,2026-01,paid,EUR,130.50,0.00,130.50,0.00",
        "France,France,2026-02,calculated,EUR,300.00,0.00,300.00,300.00",
        "Paris Team,,2026-02,calculated,EUR,87.75,0.00,87.75,87.75",
        "CONTROL_TOTAL,,2026-02,5 rows,EUR,868.25,5.00,873.25,387.75",
        "",
      ].join("\r\n"),
    );
    expect((await (await signedIn("ana")).get("/api/comp/exports/accrual?periodKey=2026-02")).status).toBe(
      403,
    );
  });
});
