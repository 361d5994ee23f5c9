import { describe, expect, it } from "vitest";
import type {
  ForecastAccuracy,
  ForecastGrid,
  ForecastPeriod,
  ForecastTrend,
} from "../apps/web/src/api/forecast-types";
import { compareDecimalStrings, subtractDecimalStrings } from "../apps/web/src/format/decimal-string";
import { formatAttainment } from "../apps/web/src/format/format-percent";
import { ForecastAccuracyPage } from "./page-models/forecast-accuracy-page";
import { ForecastPage } from "./page-models/forecast-page";
import { getJson, getMe } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });
const rep = "rep@demo.attain.dev";
const manager = "manager@demo.attain.dev";
const today = "2026-11-22";
const same = (a: string, b: string) => compareDecimalStrings(a, b) === 0;

// Amounts no other test (or earlier run against the same server) types: cents from the clock.
const salt = String(Date.now() % 97).padStart(2, "0");
const repCommit = `123457.${salt}`;
const managerCommit = `98765.${salt}`;

describe("Forecast calls: a rep submits, the manager overrides, the roll-up and the trend show both", () => {
  it("rep's call → manager's override with a note → roll-up, own call unchanged, snapshot in the trend", async () => {
    const { page } = suite;
    const forecast = new ForecastPage(page);

    // 1. The rep submits a commit call for the current period (new business).
    await signInAs(page, rep);
    const repPerson = (await getMe(page)).person;
    if (!repPerson) throw new Error("rep@ has no person");
    const { periods } = await getJson<{ periods: ForecastPeriod[] }>(page, "/api/forecasts/periods");
    const current = periods.find((p) => p.current);
    if (!current) throw new Error("no current forecast period");
    await forecast.open("?motion=new_business");
    await forecast.submitOwnCall({ commit: repCommit });
    const repOwn = await forecast.cell(forecast.nodeRow(), "commit");
    expect(same(repOwn.call, repCommit)).toBe(true);
    expect(same(repOwn.value, repCommit)).toBe(true);

    // 2. The manager sees the rep's call in the grid.
    await page.context().clearCookies();
    await signInAs(page, manager);
    const managerName = (await getMe(page)).person?.fullName ?? "";
    await forecast.open("?motion=new_business");
    const repRow = forecast.row(repPerson.id);
    const seen = await forecast.cell(repRow, "commit");
    expect(seen.source).toBe("call");
    expect(same(seen.value, repCommit)).toBe(true);
    const before = await forecast.cell(forecast.nodeRow(), "commit");

    // 3. The manager overrides it with a note: the grid shows the override and the rep's own call beside it.
    await forecast.override(repPerson.id, { commit: managerCommit }, "slipping to Q1");
    const after = await forecast.cell(repRow, "commit");
    expect(after.source).toBe("override");
    expect(same(after.value, managerCommit)).toBe(true);
    expect(same(after.call, repCommit)).toBe(true);
    const label = await forecast.overrideLabel(repRow, "commit");
    expect(label).toContain(`by ${managerName}`);
    expect(label).toContain("slipping to Q1");

    // The manager's node roll-up moved by exactly the override's difference.
    const node = await forecast.cell(forecast.nodeRow(), "commit");
    expect(subtractDecimalStrings(node.rollup, before.rollup)).toBe(
      subtractDecimalStrings(after.value, seen.value),
    );

    // The history lists the override and the call.
    const history = await forecast.openHistory(repPerson.id);
    expect(
      history.some((h) => h.kind === "override" && h.category === "commit" && same(h.amount, managerCommit)),
    ).toBe(true);
    expect(
      history.some((h) => h.kind === "call" && h.category === "commit" && same(h.amount, repCommit)),
    ).toBe(true);
    await page.keyboard.press("Escape");
    await page.screenshot(shot("forecast-manager-override"));

    // 4. A snapshot taken now appears as a point of today in the trend, with the grid's commit forecast.
    const trendPath = `/api/forecasts/periods/${current.id}/trend?motion=new_business`;
    const pointsBefore = (await getJson<ForecastTrend>(page, trendPath)).points.filter(
      (p) => p.takenOn === today,
    );
    const nodeCommitForecast =
      (await forecast.nodeRow().getByTestId("cell-commitForecast").getAttribute("data-value")) ?? "";
    const trendLoaded = page.waitForResponse(
      (r) => r.url().includes("/trend") && r.request().method() === "GET",
    );
    await forecast.takeSnapshot();
    await trendLoaded;
    await forecast.showTrendAsTable();
    await page.locator(`[data-testid=trend-table] tr[data-taken-on="${today}"]`).waitFor();
    const rows = await forecast.trendRows();
    const todays = rows.filter((r) => r.takenOn === today);
    expect(todays).toHaveLength(1);
    expect(todays[0]?.kind).toBe("manual");
    expect(same(todays[0]?.commitForecast ?? "", nodeCommitForecast)).toBe(true);
    // A manual snapshot replaces the day's own one; a fresh day adds a point.
    if (pointsBefore.length === 0) expect(rows.length).toBeGreaterThan(0);
    await page.screenshot(shot("forecast-trend-table"));

    // The export links serve the same snapshots as files.
    for (const id of ["trend-csv", "trend-xlsx"]) {
      const href = (await forecast.trend.getByTestId(id).getAttribute("href")) ?? "";
      const file = await page.request.get(href);
      expect(file.status(), href).toBe(200);
      expect((await file.body()).length).toBeGreaterThan(0);
    }

    // 5. The rep, signed in again, still sees their own call unchanged (the override is only seen from above).
    await page.context().clearCookies();
    await signInAs(page, rep);
    await forecast.open("?motion=new_business");
    const repAgain = await forecast.cell(forecast.nodeRow(), "commit");
    expect(repAgain.source).toBe("call");
    expect(same(repAgain.call, repCommit)).toBe(true);
    expect(same(repAgain.value, repCommit)).toBe(true);
  });
});

describe("Forecast accuracy and a closed period", () => {
  it("after the previous quarter closes, the accuracy table lists the API's lines, and calls on it are refused visibly", async () => {
    const { page, baseUrl } = suite;
    await signInAs(page, "admin@demo.attain.dev");
    const { periods } = await getJson<{ periods: ForecastPeriod[] }>(page, "/api/forecasts/periods");
    const previous = periods
      .filter((p) => p.endsOn < today)
      .sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0];
    if (!previous) throw new Error("no period before today");
    if (previous.status === "open") {
      const closed = await page.request.post(`/api/forecasts/periods/${previous.id}/close`, {
        headers: { origin: baseUrl },
      });
      // 409 only when another test closed it first.
      expect([200, 409]).toContain(closed.status());
    }
    const accuracy = await getJson<ForecastAccuracy>(page, `/api/forecasts/accuracy?periodId=${previous.id}`);
    const expected = accuracy.people.filter((l) => l.points.some((p) => p.periodId === previous.id));

    const view = new ForecastAccuracyPage(page);
    await view.open(`?period=${previous.id}`);
    if (expected.length === 0) {
      await page.getByText(/No accuracy figures for this period/).waitFor();
    } else {
      const rows = await view.rows();
      // 50 lines at a time ("show more" for the rest).
      expect(rows).toHaveLength(Math.min(expected.length, 50));
      // MAPE as the API computed it, shown as a percentage (default order: MAPE ascending).
      const key = (l: { personId: string; source: string; category: string }) =>
        `${l.personId}|${l.source}|${l.category}`;
      const byKey = new Map(expected.map((l) => [key(l), l]));
      for (const row of rows) {
        const line = byKey.get(key(row));
        expect(line, key(row)).toBeDefined();
        expect(row.mape).toBe(formatAttainment(line?.mape ?? null, "en"));
        expect(row.bias).toBe(formatAttainment(line?.bias ?? null, "en"));
      }
      // Finding a person narrows the table to their lines.
      const someone = rows[0]?.name ?? "";
      await view.find(someone);
      const found = await view.rows();
      expect(found.length).toBe(expected.filter((l) => l.name === someone).length);
      expect(found.every((r) => r.name === someone)).toBe(true);
      await view.find("");
      expect(await view.sortState("MAPE")).toBe("ascending");
      await view.sortBy("MAPE");
      expect(await view.sortState("MAPE")).toBe("descending");
      await page.screenshot(shot("forecast-accuracy"));
    }

    // A rep opening the closed period sees why they cannot call, and the API refuses with 409.
    await page.context().clearCookies();
    await signInAs(page, rep);
    const forecast = new ForecastPage(page);
    await forecast.open(`?period=${previous.id}&motion=new_business`);
    await page.getByTestId("period-closed").waitFor();
    expect(await page.getByTestId("own-call-submit").isDisabled()).toBe(true);
    const post = () =>
      page.request.post(`/api/forecasts/periods/${previous.id}/submissions`, {
        headers: { origin: baseUrl },
        data: { motion: "new_business", calls: { commit: "1000.00" } },
      });
    // A refused call changes nothing, so one retry after a dropped keep-alive connection is safe.
    const refused = await post().catch(() => post());
    expect(refused.status()).toBe(409);
  });
});

describe("Forecast tree navigation", () => {
  it("the CRO drills into a manager's team and climbs back with the breadcrumb", async () => {
    const { page } = suite;
    await signInAs(page, "director@demo.attain.dev");
    const forecast = new ForecastPage(page);
    await forecast.open();
    const top = await forecast.nodeRow().getAttribute("data-person-id");
    const manager = forecast.grid.locator("tr:has([data-testid=drill-down])").first();
    const managerId = await manager.getAttribute("data-person-id");
    await manager.getByTestId("drill-down").click();
    await page
      .locator(`[data-testid=forecast-grid] tr[data-node=true][data-person-id="${managerId}"]`)
      .waitFor();
    expect(page.url()).toContain(`personId=${managerId}`);
    await page
      .getByRole("navigation", { name: "Position in the reporting tree" })
      .getByRole("button")
      .first()
      .click();
    await page.locator(`[data-testid=forecast-grid] tr[data-node=true][data-person-id="${top}"]`).waitFor();
    expect(page.url()).not.toContain("personId=");
  });

  it("a shared link to a rep's grid shows the path down to them from the server's chain of managers", async () => {
    const { page } = suite;
    await signInAs(page, "director@demo.attain.dev");
    const forecast = new ForecastPage(page);
    await forecast.open();
    const managerId = await forecast.grid
      .locator("tr:has([data-testid=drill-down])")
      .first()
      .getAttribute("data-person-id");
    await forecast.open(`?personId=${managerId}`);
    const repId = await forecast.grid
      .locator("tr[data-person-id]:not([data-node])")
      .first()
      .getAttribute("data-person-id");
    const { periods } = await getJson<{ periods: ForecastPeriod[] }>(page, "/api/forecasts/periods");
    const current = periods.find((p) => p.current)!;
    const grid = await getJson<ForecastGrid>(
      page,
      `/api/forecasts/periods/${current.id}/grid?personId=${repId}&motion=all`,
    );
    expect(grid.chain.map((step) => step.personId).at(-1)).toBe(managerId);
    // A fresh page (as from a link): no path walked in this session, so the path is the server's chain.
    await page.goto(`/forecast?personId=${repId}`);
    await page.locator(`[data-testid=forecast-grid] tr[data-node=true][data-person-id="${repId}"]`).waitFor();
    const steps = await page
      .getByRole("navigation", { name: "Position in the reporting tree" })
      .getByRole("button")
      .allTextContents();
    expect(steps).toEqual(grid.chain.map((step) => step.name));
  });
});
