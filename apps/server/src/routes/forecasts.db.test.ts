import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createForecastFixture } from "../forecasts/test-support/forecast-fixture";
import { takeWeeklySnapshots } from "../forecasts/take-weekly-snapshots";
import { FIXTURE_PASSWORD } from "../test-support/revenue-fixture";
import { createTestClient } from "../test-support/test-client";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

// Figures (EUR, new business unless said): Ana has commit 1000, pipeline 500 and a won 300 in Q1 2026; Ben best case
// 2000 and a renewal (expansion) commit 400; Carl commit 750 USD × 0.9 = 675.00; Dora a won 1200 (her lost deal,
// her Q2 deal and her GBP deal without a rate are left out). Ben reports to Mia until 2026-02-15, then to Zoe.
const ctx = useSignedInFixture(createForecastFixture);
type Who = keyof Awaited<ReturnType<typeof createForecastFixture>>["emails"];

async function as(who: Who, today: string) {
  const client = createTestClient(ctx.database, { today });
  await client.signIn(ctx.fixture.emails[who], FIXTURE_PASSWORD);
  return client;
}

let periodId = "";
const url = (path: string) => `/api/forecasts/periods/${periodId}${path}`;
const cell = (
  value: string,
  call: string | null,
  rollup: string,
  deals: string,
  override: unknown = null,
) => ({
  value,
  call,
  rollup,
  deals,
  override,
});

describe("forecast calls", () => {
  it("periods: the quarter containing today, the one before and the one after, newest first", async () => {
    const admin = await as("admin", "2026-01-12");
    const response = await admin.get("/api/forecasts/periods");
    expect(response.status).toBe(200);
    const { periods } = await response.json();
    expect(
      periods.map((p: { label: string; current: boolean; status: string }) => [p.label, p.current, p.status]),
    ).toEqual([
      ["FY2026 Q2", false, "open"],
      ["FY2026 Q1", true, "open"],
      ["FY2025 Q4", false, "open"],
    ]);
    expect(periods[1]).toMatchObject({ startsOn: "2026-01-01", endsOn: "2026-03-31", closedAt: null });
    periodId = periods[1].id;
  });

  it("a rep submits a call; a manager overrides it with a note", async () => {
    const ana = await as("ana", "2026-01-12");
    const submitted = await ana.post(url("/submissions"), {
      motion: "new_business",
      calls: { commit: "1100", best_case: "200.5" },
    });
    expect(submitted.status).toBe(201);
    const body = await submitted.json();
    expect(
      body.submissions.map((s: { kind: string; category: string; amount: string; subjectName: string }) => [
        s.kind,
        s.category,
        s.amount,
        s.subjectName,
      ]),
    ).toEqual([
      ["call", "commit", "1100.00", "Ana Rep"],
      ["call", "best_case", "200.50", "Ana Rep"],
    ]);
    // Ana corrects her best case the same day: the latest row is the call in force.
    expect(
      (await ana.post(url("/submissions"), { motion: "new_business", calls: { best_case: "200" } })).status,
    ).toBe(201);
    const ben = await as("ben", "2026-01-12");
    expect(
      (
        await ben.post(url("/submissions"), {
          motion: "new_business",
          calls: { commit: "300", best_case: "1500" },
        })
      ).status,
    ).toBe(201);
    const mia = await as("mia", "2026-01-14");
    const override = await mia.post(url("/submissions"), {
      subjectId: ctx.fixture.people.ana,
      motion: "new_business",
      calls: { commit: "900" },
      note: "Slipping to Q2",
    });
    expect(override.status).toBe(201);
    expect((await override.json()).submissions[0]).toMatchObject({
      kind: "override",
      authorName: "Mia Manager",
      subjectName: "Ana Rep",
      amount: "900.00",
      note: "Slipping to Q2",
    });
  });

  it("refuses, by field and without saving: overrides by non-managers, missing notes, negative or malformed amounts", async () => {
    const ana = await as("ana", "2026-01-14");
    const zoe = await as("zoe", "2026-01-14");
    const mia = await as("mia", "2026-01-14");
    const { ben, ana: anaId } = ctx.fixture.people;
    const overrideByRep = await ana.post(url("/submissions"), {
      subjectId: ben,
      motion: "new_business",
      calls: { commit: "1" },
      note: "x",
    });
    expect(overrideByRep.status).toBe(403);
    // Zoe manages Ben only from 2026-02-15, and never Ana.
    for (const subjectId of [anaId, ben]) {
      const response = await zoe.post(url("/submissions"), {
        subjectId,
        motion: "new_business",
        calls: { commit: "1" },
        note: "x",
      });
      expect(response.status).toBe(403);
    }
    const noNote = await mia.post(url("/submissions"), {
      subjectId: anaId,
      motion: "new_business",
      calls: { commit: "1" },
    });
    expect(noNote.status).toBe(422);
    expect((await noNote.json()).errors).toEqual([
      { path: "note", message: "An override needs a note saying why" },
    ]);
    const bad = await ana.post(url("/submissions"), {
      motion: "new_business",
      calls: { commit: "-5", best_case: "1.234", pipeline: "abc", closed: "5" },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "calls.commit",
      "calls.best_case",
      "calls.pipeline",
      "calls.closed",
    ]);
    const empty = await ana.post(url("/submissions"), { motion: "new_business", calls: {} });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors[0].path).toBe("calls");
    expect(
      (
        await (
          await as("unlinked", "2026-01-14")
        ).post(url("/submissions"), { motion: "new_business", calls: { commit: "1" } })
      ).status,
    ).toBe(403);
    expect((await (await as("hr", "2026-01-14")).get(url("/grid"))).status).toBe(403);
    expect((await (await as("marketing", "2026-01-14")).get(url("/history"))).status).toBe(403);
    // Nothing of the above was written: Mia sees her team's 5 calls and her 1 override.
    const history = await (await as("mia", "2026-01-14")).get(url("/history"));
    expect((await history.json()).submissions).toHaveLength(6);
  });

  it("Mia's grid on 2026-02-01: Ana at Mia's 900 (Ana's own call 1100 kept), Ben's call, and the roll-up", async () => {
    const mia = await as("mia", "2026-02-01");
    const response = await mia.get(url("/grid?motion=new_business"));
    expect(response.status).toBe(200);
    const grid = await response.json();
    expect(grid).toMatchObject({ asOf: "2026-02-01", currency: "EUR", motion: "new_business" });
    const [anaRow, benRow] = grid.rows;
    expect(anaRow).toMatchObject({ name: "Ana Rep", isNode: false, hasReports: false, target: "3000.00" });
    expect(anaRow.cells).toEqual({
      closed: cell("300.00", null, "300.00", "300.00"),
      commit: cell("900.00", "1100.00", "1000.00", "1000.00", {
        amount: "900.00",
        note: "Slipping to Q2",
        authorId: ctx.fixture.people.mia,
        authorName: "Mia Manager",
        submittedAt: expect.stringMatching(/^2026-01-14T12:/),
      }),
      best_case: cell("200.00", "200.00", "0.00", "0.00"),
      pipeline: cell("500.00", null, "500.00", "500.00"),
      omitted: cell("0.00", null, "0.00", "0.00"),
    });
    // Commit forecast = closed + commit = 300 + 900; best case adds 200.
    expect(anaRow).toMatchObject({ commitForecast: "1200.00", bestCaseForecast: "1400.00" });
    expect(benRow.cells.commit).toEqual(cell("300.00", "300.00", "0.00", "0.00"));
    expect(benRow.cells.best_case).toEqual(cell("1500.00", "1500.00", "2000.00", "2000.00"));
    // Mia: no own call, so 0 own deals + Ana 900 + Ben 300 = 1200 commit; best case 200 + 1500 = 1700.
    expect(grid.node.cells.commit).toEqual(cell("1200.00", null, "1200.00", "1000.00"));
    expect(grid.node.cells.best_case.value).toBe("1700.00");
    expect(grid.node).toMatchObject({
      isNode: true,
      commitForecast: "1500.00",
      bestCaseForecast: "3200.00",
      target: "4500.00",
    });
    expect(grid.editable).toEqual({
      ownCall: true,
      overrideIds: [ctx.fixture.people.ana, ctx.fixture.people.ben],
    });
    expect(grid.lastSubmittedAt).toMatch(/^2026-01-14T12:/);
  });

  it("the rep still sees their own call, not the override, and cannot see anyone else", async () => {
    const ana = await as("ana", "2026-02-01");
    const grid = await (await ana.get(url("/grid?motion=new_business"))).json();
    expect(grid.node.cells.commit).toEqual(cell("1100.00", "1100.00", "1000.00", "1000.00"));
    expect(grid.rows).toEqual([]);
    expect(grid.editable).toEqual({ ownCall: true, overrideIds: [] });
    expect((await ana.get(url(`/grid?personId=${ctx.fixture.people.ben}`))).status).toBe(403);
    expect((await ana.get(url(`/trend?personId=${ctx.fixture.people.mia}`))).status).toBe(403);
    const history = await (await ana.get(url("/history"))).json();
    expect(history.submissions.map((s: { kind: string; amount: string }) => [s.kind, s.amount])).toEqual([
      ["call", "200.00"],
      ["call", "200.50"],
      ["call", "1100.00"],
    ]);
  });

  it("the manager's manager sees the override too, and drills into Mia's view", async () => {
    const dan = await as("dan", "2026-02-01");
    const grid = await (await dan.get(url("/grid?motion=new_business"))).json();
    expect(
      grid.rows.map(
        (r: { name: string; cells: { commit: { value: string }; closed: { value: string } } }) => [
          r.name,
          r.cells.commit.value,
          r.cells.closed.value,
        ],
      ),
    ).toEqual([
      ["Mia Manager", "1200.00", "300.00"],
      ["Zoe Manager", "675.00", "1200.00"],
    ]);
    // Dan: 1200 + 675 = 1875 commit; closed 300 + 1200 = 1500.
    expect(grid.node.cells.commit.value).toBe("1875.00");
    expect(grid.node.commitForecast).toBe("3375.00");
    // Workspace-wide roles see the company's top by default; the statistical view sits beside the calls.
    const admin = await (
      await (await as("admin", "2026-02-01")).get(url("/grid?motion=new_business"))
    ).json();
    expect(admin.node).toMatchObject({ name: "Dan Head", commitForecast: "3375.00" });
    expect(admin.node.statistical).toEqual({
      expected: expect.stringMatching(/^\d+\.\d{2}$/),
      low: expect.stringMatching(/^\d+\.\d{2}$/),
      high: expect.stringMatching(/^\d+\.\d{2}$/),
    });
    expect(admin.editable).toEqual({ ownCall: false, overrideIds: [] });
    expect((await (await as("hr", "2026-02-01")).get("/api/forecasts/periods")).status).toBe(403);
    const drill = await (
      await dan.get(url(`/grid?motion=new_business&personId=${ctx.fixture.people.mia}`))
    ).json();
    expect(drill.rows[0].cells.commit.value).toBe("900.00");
    expect(drill.rows[0].cells.commit.override.authorName).toBe("Mia Manager");
    expect(drill.editable.ownCall).toBe(false);
  });

  it("the grid names the node's managers up to the highest the caller may see (a shared link keeps its path)", async () => {
    const { ana, dan, mia } = ctx.fixture.people;
    const chainOf = async (who: Who, personId?: string) => {
      const client = await as(who, "2026-02-01");
      const grid = await (await client.get(url(personId ? `/grid?personId=${personId}` : "/grid"))).json();
      return grid.chain.map((step: { personId: string }) => step.personId);
    };
    expect(await chainOf("dan", ana)).toEqual([dan, mia]);
    expect(await chainOf("admin", ana)).toEqual([dan, mia]);
    expect(await chainOf("mia", ana)).toEqual([mia]);
    expect(await chainOf("mia")).toEqual([]);
    expect(await chainOf("ana")).toEqual([]);
  });

  it("motions are separate and summed for all: Ben's renewal commit 400 adds to his new-business call 300", async () => {
    const mia = await as("mia", "2026-02-01");
    const grid = await (await mia.get(url("/grid?motion=all"))).json();
    expect(grid.rows[1].cells.commit).toEqual(cell("700.00", "300.00", "400.00", "400.00"));
    const expansion = await (await mia.get(url("/grid?motion=expansion_renewal"))).json();
    expect(expansion.rows[1].cells.commit).toEqual(cell("400.00", null, "400.00", "400.00"));
  });

  it("after Ben moves to Zoe on 2026-02-15 his call counts for Zoe, and Mia keeps only Ana", async () => {
    const zoe = await as("zoe", "2026-03-01");
    const grid = await (await zoe.get(url("/grid?motion=new_business"))).json();
    expect(
      grid.rows.map((r: { name: string; cells: { commit: { value: string } } }) => [
        r.name,
        r.cells.commit.value,
      ]),
    ).toEqual([
      ["Ben Rep", "300.00"],
      ["Carl Rep", "675.00"],
      ["Dora Rep", "0.00"],
    ]);
    expect(grid.node.cells.commit.value).toBe("975.00");
    const mia = await (await (await as("mia", "2026-03-01")).get(url("/grid?motion=new_business"))).json();
    expect(mia.rows.map((r: { name: string }) => r.name)).toEqual(["Ana Rep"]);
    expect(mia.node.cells.commit.value).toBe("900.00");
    // Asked as of a day before the move, the old line holds again.
    const before = await (
      await (
        await as("dan", "2026-03-01")
      ).get(url(`/grid?motion=new_business&asOf=2026-02-01&personId=${ctx.fixture.people.zoe}`))
    ).json();
    expect(before.node.cells.commit.value).toBe("675.00");
  });

  it("snapshots on both sides of the move: weekly (idempotent) and manual, with the trend week by week", async () => {
    const { workspaceId } = ctx.fixture;
    const first = await takeWeeklySnapshots(ctx.database, {
      today: "2026-01-21",
      now: new Date("2026-01-21T06:00:00Z"),
      workspaceId,
    });
    expect(first.taken).toEqual([{ workspaceId, periodId, takenOn: "2026-01-19" }]);
    const again = await takeWeeklySnapshots(ctx.database, {
      today: "2026-01-23",
      now: new Date("2026-01-23T06:00:00Z"),
      workspaceId,
    });
    expect(again.taken).toEqual([]);
    const admin = await as("admin", "2026-03-02");
    const manual = await admin.post(url("/snapshots"));
    expect(manual.status).toBe(201);
    expect(await manual.json()).toMatchObject({ takenOn: "2026-03-02", kind: "manual" });
    expect((await (await as("ana", "2026-03-02")).post(url("/snapshots"))).status).toBe(403);

    const trend = await (await (await as("mia", "2026-03-02")).get(url("/trend?motion=new_business"))).json();
    expect(trend).toMatchObject({ currency: "EUR", personId: ctx.fixture.people.mia, name: "Mia Manager" });
    expect(trend.points).toEqual([
      expect.objectContaining({
        takenOn: "2026-01-19",
        kind: "weekly",
        closed: "300.00",
        commit: "1200.00",
        bestCase: "1700.00",
        pipeline: "500.00",
        commitForecast: "1500.00",
        bestCaseForecast: "3200.00",
        ownCommit: null,
        ownBestCase: null,
      }),
      expect.objectContaining({
        takenOn: "2026-03-02",
        kind: "manual",
        commit: "900.00",
        bestCase: "200.00",
        commitForecast: "1200.00",
        bestCaseForecast: "1400.00",
      }),
    ]);
    const zoeTrend = await (
      await (await as("zoe", "2026-03-02")).get(url("/trend?motion=new_business"))
    ).json();
    expect(zoeTrend.points.map((p: { commit: string }) => p.commit)).toEqual(["675.00", "975.00"]);
  });

  it("exports the trend of everyone in scope as CSV and XLSX", async () => {
    const mia = await as("mia", "2026-03-02");
    const response = await mia.get(url("/trend.csv?motion=new_business"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="forecast-trend-FY2026-Q1.csv"',
    );
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "taken_on,kind,person,manager,motion,closed,commit,best_case,pipeline,commit_forecast,best_case_forecast,own_commit,own_best_case,statistical_expected,statistical_low,statistical_high,currency",
    );
    // Mia's scope today is Mia and Ana (Ben moved); the statistical columns are the model's and not pinned here.
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 13).join(","))).toEqual([
      "2026-01-19,weekly,Ana Rep,Mia Manager,new_business,300.00,1100.00,200.00,500.00,1400.00,1600.00,1100.00,200.00",
      "2026-01-19,weekly,Mia Manager,Dan Head,new_business,300.00,1200.00,1700.00,500.00,1500.00,3200.00,,",
      "2026-03-02,manual,Ana Rep,Mia Manager,new_business,300.00,1100.00,200.00,500.00,1400.00,1600.00,1100.00,200.00",
      "2026-03-02,manual,Mia Manager,Dan Head,new_business,300.00,900.00,200.00,500.00,1200.00,1400.00,,",
    ]);
    const xlsx = await mia.get(url("/trend.xlsx?motion=all"));
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet("Trend");
    // motion=all: each person's two motions and their sum, per snapshot: 2 snapshots × 2 people × 3 rows.
    expect(sheet?.rowCount).toBe(13);
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining(["2026-01-19", "Ana Rep", "new_business", 300, 1100]),
    );
  });

  it("closes an ended period: refuses one still running, then refuses later calls", async () => {
    const early = await as("admin", "2026-03-20");
    const running = await early.post(url("/close"));
    expect(running.status).toBe(409);
    expect((await (await as("mia", "2026-04-02")).post(url("/close"))).status).toBe(403);
    const admin = await as("admin", "2026-04-02");
    const closed = await admin.post(url("/close"));
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ id: periodId, status: "closed", current: false });
    const late = await (await as("ana", "2026-04-02")).post(url("/submissions"), {
      motion: "new_business",
      calls: { commit: "1" },
    });
    expect(late.status).toBe(409);
    expect((await late.json()).title).toBe("Period closed");
    expect((await admin.post(url("/close"))).status).toBe(409);
    expect((await admin.post(url("/snapshots"))).status).toBe(409);
  });

  it("accuracy after close: each week's call and roll-up against the 300.00 Ana's team actually closed", async () => {
    const mia = await as("mia", "2026-04-02");
    const response = await mia.get(`/api/forecasts/accuracy?motion=new_business&periodId=${periodId}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.periods.map((p: { id: string }) => p.id)).toEqual([periodId]);
    const find = (name: string, source: string, category: string) =>
      body.people.find(
        (p: { name: string; source: string; category: string }) =>
          p.name === name && p.source === source && p.category === category,
      );
    // Ana's own commit call: 300 closed + 1100 = 1400 both weeks; error 1100; APE 1100 / 300 = 3.6667.
    expect(find("Ana Rep", "call", "commit")).toMatchObject({
      points: [
        {
          periodId,
          takenOn: "2026-01-19",
          forecast: "1400.00",
          actual: "300.00",
          error: "1100.00",
          ape: "3.6667",
        },
        {
          periodId,
          takenOn: "2026-03-02",
          forecast: "1400.00",
          actual: "300.00",
          error: "1100.00",
          ape: "3.6667",
        },
      ],
      mape: "3.6667",
      bias: "3.6667",
    });
    // Mia's roll-up: 1500 then 1200 against 300: APE 4 and 3, MAPE 3.5, bias (1200 + 900) / 600 = 3.5.
    expect(find("Mia Manager", "rollup", "commit")).toMatchObject({
      points: [
        { takenOn: "2026-01-19", forecast: "1500.00", actual: "300.00", error: "1200.00", ape: "4.0000" },
        { takenOn: "2026-03-02", forecast: "1200.00", actual: "300.00", error: "900.00", ape: "3.0000" },
      ],
      mape: "3.5000",
      bias: "3.5000",
    });
    expect(find("Ana Rep", "call", "best_case").points[0]).toMatchObject({
      forecast: "1600.00",
      error: "1300.00",
      ape: "4.3333",
    });
    // A rep sees only their own accuracy.
    const ana = await (
      await (await as("ana", "2026-04-02")).get("/api/forecasts/accuracy?motion=new_business")
    ).json();
    expect(new Set(ana.people.map((p: { personId: string }) => p.personId))).toEqual(
      new Set([ctx.fixture.people.ana]),
    );
  });
});
