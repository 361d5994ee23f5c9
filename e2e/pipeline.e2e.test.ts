import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type {
  OpportunitiesPage,
  OpportunityDetail,
  PipelineAnalytics,
  PipelineBoard,
  PipelineCoverage,
  PipelineSettings,
  PipelineSettingsInput,
  RiskFlagKind,
} from "../apps/web/src/api/pipeline-types";
import { formatMoney } from "../apps/web/src/format/format-money";
import { PipelineDealPage } from "./page-models/pipeline-deal-page";
import { PipelinePage } from "./page-models/pipeline-page";
import { PipelineSettingsPage } from "./page-models/pipeline-settings-page";
import { getJson, getMe, getReport } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const admin = "admin@demo.attain.dev";
const shot = (name: string, fullPage = false) => ({
  path: `${ensureDir(screenshotsDir)}/${name}.png`,
  fullPage,
});

const flagLabels: Record<RiskFlagKind, string> = {
  stalled: "Stalled",
  pushed: "Pushed",
  amount_cut: "Amount cut",
  no_next_step: "No next step",
  single_contact: "Single contact",
  past_close_date: "Past close date",
  unknown_stage: "Unknown stage",
  negative_amount: "Negative amount",
  missing_criteria: "Missing criteria",
  no_rate: "No exchange rate",
};

/** Writes from the page itself, as the app does (writes must come from Attain's own origin). */
async function sendFromPage<T>(page: Page, method: string, path: string, body: unknown): Promise<T> {
  return (await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  )) as T;
}

const settingsInput = ({
  updatedAt: _u,
  unknownStages: _k,
  ...input
}: PipelineSettings): PipelineSettingsInput => input;

describe("pipeline: board, flags, table, deal timeline and criteria", () => {
  it("the board shows the demo's open stages with the API's counts, and a flagged deal's badge explains itself", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const pipeline = new PipelinePage(page);
    await pipeline.open();
    const api = await getJson<PipelineBoard>(page, "/api/pipeline/board");
    expect(api.columns.length).toBeGreaterThan(0);
    expect(await pipeline.columns()).toEqual(
      api.columns.map((c) => ({ stage: c.stage, count: c.count, amount: c.amount, weighted: c.weighted })),
    );
    // The demo's open stages, in order (apps/server/src/demo/catalog.ts).
    expect(api.columns.map((c) => c.stage)).toEqual(["Qualify", "Discover", "Propose", "Negotiate"]);

    const flagged = api.columns.flatMap((c) => c.opportunities).find((o) => o.flags.length > 0);
    if (!flagged) throw new Error("the demo has no flagged open deal on the board");
    const flag = flagged.flags[0];
    if (!flag) throw new Error("unreachable");
    const badge = pipeline.flagBadge(pipeline.card(flagged.id), flag.kind);
    await badge.waitFor();
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.getAttribute("aria-label")).toBe(`${flagLabels[flag.kind]}: ${flag.message}`);
    // The coverage tiles are the API's figures for the current quarter, formatted.
    const coverage = await getJson<PipelineCoverage>(page, "/api/pipeline/coverage");
    for (const key of [
      "target",
      "closedWon",
      "remaining",
      "openPipeline",
      "coverage",
      "requiredCoverage",
      "gap",
    ] as const) {
      const tile = page.getByTestId(`coverage-${key}`);
      expect(await tile.getAttribute("data-value"), key).toBe(coverage[key] ?? "");
    }
    expect(await page.getByTestId("coverage-target").textContent()).toContain(
      formatMoney(coverage.target, coverage.currency, "en"),
    );
    await page.screenshot(shot("pipeline-board"));
  });

  it("the table filtered by a flag lists only deals with that flag, as many as the API counts", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const board = await getJson<PipelineBoard>(page, "/api/pipeline/board");
    const kind = board.columns.flatMap((c) => c.opportunities).flatMap((o) => o.flags)[0]?.kind;
    if (!kind) throw new Error("no flag on the board");
    const api = await getJson<OpportunitiesPage>(
      page,
      `/api/pipeline/opportunities?flag=${kind}&sort=amount&order=desc&limit=50`,
    );
    expect(api.total).toBeGreaterThan(0);

    const pipeline = new PipelinePage(page);
    await pipeline.open();
    await pipeline.showTable();
    await pipeline.filterByFlag(flagLabels[kind], api.total);
    const rows = await pipeline.rows();
    expect(rows.length).toBe(Math.min(api.total, 50));
    for (const row of rows) expect(row.flags, row.id).toContain(kind);
    expect(rows.map((r) => r.id)).toEqual(api.opportunities.map((o) => o.id));
    expect(page.url()).toContain(`flag=${kind}`);
    await page.screenshot(shot("pipeline-table-flag"));
  });

  it("a deal page shows its timeline oldest first, as the API returns it", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    // The oldest open deal has the longest history.
    const pipeline = new PipelinePage(page);
    await pipeline.open("?view=table&sort=ageDays&order=desc");
    await pipeline.waitForTable();
    const first = (await pipeline.rows())[0];
    if (!first) throw new Error("no open deal");
    const detail = await getJson<OpportunityDetail>(page, `/api/pipeline/opportunities/${first.id}`);
    expect(detail.timeline.length).toBeGreaterThan(1);
    await pipeline.openDeal(first.id);
    const dealPage = new PipelineDealPage(page);
    const events = await dealPage.events();
    expect(events).toEqual(detail.timeline.map((e) => ({ kind: e.kind, at: e.at })));
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events[0]?.kind).toBe("created");
    await page.screenshot(shot("pipeline-deal", true));
  });

  it("a move into a stage whose entry criteria the deal misses is refused with the reason, a negative amount too; once met, the move is saved and ends the timeline", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const original = await getJson<PipelineSettings>(page, "/api/pipeline/settings");
    const open = original.stages.filter((s) => s.outcome === "open");
    const [from, to] = open;
    if (!from || !to) throw new Error("fewer than two open stages");
    // A checklist item the deal has not ticked, required to enter the next stage.
    const item = { key: "e2e_nda_signed", label: "NDA signed (browser test)" };
    const changed: PipelineSettingsInput = {
      ...settingsInput(original),
      qualification: {
        ...original.qualification,
        items: [...original.qualification.items.filter((i) => i.key !== item.key), item],
      },
      stages: original.stages.map((s) =>
        s.name === to.name ? { ...s, entryCriteria: { ...s.entryCriteria, checklist: [item.key] } } : s,
      ),
    };
    await page.goto("/pipeline");
    await sendFromPage(page, "PUT", "/api/pipeline/settings", changed);
    try {
      const list = await getJson<OpportunitiesPage>(
        page,
        `/api/pipeline/opportunities?stage=${encodeURIComponent(from.name)}&limit=1`,
      );
      const deal = list.opportunities[0];
      if (!deal) throw new Error(`no open deal in ${from.name}`);
      const dealPage = new PipelineDealPage(page);
      await dealPage.open(deal.id);
      await dealPage.moveTo(to.name);
      const error = await dealPage.stageError();
      expect(error.length).toBeGreaterThan(0);
      expect(await page.getByTestId("edit-refused").isVisible()).toBe(true);
      // Nothing changed: the deal is still in its stage.
      const after = await getJson<OpportunityDetail>(page, `/api/pipeline/opportunities/${deal.id}`);
      expect(after.opportunity.stage).toBe(from.name);
      expect(await dealPage.stage()).toBe(from.name);
      await page.screenshot(shot("pipeline-deal-refused", true));

      // A negative amount is refused at the amount, by the server.
      await page.reload();
      await dealPage.header.waitFor();
      await dealPage.setAmount("-100");
      await dealPage.save();
      expect((await dealPage.amountError()).length).toBeGreaterThan(0);
      await page.reload();
      await dealPage.header.waitFor();

      // With the item ticked the move goes through, and the timeline ends with it.
      const eventsBefore = (await dealPage.events()).length;
      await dealPage.tick(item.label);
      await dealPage.moveTo(to.name);
      await dealPage.waitForStage(to.name);
      const events = await dealPage.events();
      expect(events.length).toBeGreaterThan(eventsBefore);
      expect(events.at(-1)?.kind).toBe("stage");
      const moved = await getJson<OpportunityDetail>(page, `/api/pipeline/opportunities/${deal.id}`);
      expect(moved.opportunity.stage).toBe(to.name);
      expect(moved.opportunity.qualification[item.key]).toBe(true);
    } finally {
      await sendFromPage(page, "PUT", "/api/pipeline/settings", settingsInput(original));
    }
  });

  it("a rep sees only their own deals, and no person filter", async () => {
    const { page } = suite;
    await signInAs(page, "rep@demo.attain.dev");
    const me = await getMe(page);
    if (!me.person) throw new Error("the demo rep has no person");
    const api = await getJson<OpportunitiesPage>(page, "/api/pipeline/opportunities?limit=500");
    expect(api.total).toBeGreaterThan(0);
    for (const o of api.opportunities) expect(o.ownerId).toBe(me.person.id);

    const pipeline = new PipelinePage(page);
    await pipeline.open("?view=table");
    await pipeline.waitForTable();
    expect(await pipeline.tableTotal()).toBe(api.total);
    const rows = await pipeline.rows();
    expect(rows.length).toBe(Math.min(api.total, 50));
    for (const row of rows) expect(row.ownerId).toBe(me.person.id);
    expect(await page.getByRole("combobox", { name: /^Person/ }).count()).toBe(0);

    // The board's counts are the rep's own too.
    const board = await getJson<PipelineBoard>(page, "/api/pipeline/board");
    await pipeline.open();
    expect((await pipeline.columns()).map((c) => c.count)).toEqual(board.columns.map((c) => c.count));
    expect(board.columns.reduce((n, c) => n + c.count, 0) + (board.unknownStage?.count ?? 0)).toBe(api.total);
    await page.screenshot(shot("pipeline-rep"));

    // Settings are read-only for a rep: the stages are shown, nothing can be saved.
    const settings = new PipelineSettingsPage(page);
    await settings.open();
    expect(await page.getByTestId("settings-save").count()).toBe(0);
    expect(await settings.rows.first().getByTestId("stage-name").getAttribute("readonly")).not.toBeNull();
  });

  it("the analytics tab draws the API's funnel and days per stage", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const api = await getJson<PipelineAnalytics>(page, "/api/pipeline/analytics?by=segment");
    const pipeline = new PipelinePage(page);
    await pipeline.open("?view=analytics");
    expect(await pipeline.chartValues("conversion-chart")).toEqual(api.conversion.map((c) => c.entered));
    expect(await pipeline.chartValues("velocity-chart")).toEqual(api.velocity.map((v) => v.medianDays));
    const groups = await page.locator("[data-testid=analytics-group]").count();
    expect(groups).toBe(api.groups.length);
    await page.screenshot(shot("pipeline-analytics", true));
  });

  it("settings: a duplicate stage name is refused at that stage's row, and nothing is saved", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const before = await getJson<PipelineSettings>(page, "/api/pipeline/settings");
    const settings = new PipelineSettingsPage(page);
    await settings.open();
    const names = await settings.stageNames();
    expect(names).toEqual([...before.stages].sort((a, b) => a.position - b.position).map((s) => s.name));
    const first = names[0] ?? "";
    await settings.renameStage(1, first);
    await settings.save();
    expect((await settings.nameError(1)).length).toBeGreaterThan(0);
    await page.screenshot(shot("pipeline-settings-refused", true));
    const after = await getJson<PipelineSettings>(page, "/api/pipeline/settings");
    expect(after.stages.map((s) => s.name)).toEqual(before.stages.map((s) => s.name));
  });

  it("a manager narrows the board to one of their reps: the columns count that rep's deals", async () => {
    const { page } = suite;
    await signInAs(page, "manager@demo.attain.dev");
    const me = await getMe(page);
    const year = me.today.slice(0, 4);
    const scope = await getReport(page, `?from=${year}-01&to=${year}-12`);
    const rep = scope.reps.find((r) => r.personId !== me.person?.id);
    if (!rep) throw new Error("the demo manager has no report");
    const api = await getJson<PipelineBoard>(page, `/api/pipeline/board?personId=${rep.personId}`);

    const pipeline = new PipelinePage(page);
    await pipeline.open();
    await pipeline.waitForBoard();
    await pipeline.narrowTo(rep.name);
    await page.waitForURL(new RegExp(`personId=${rep.personId}`));
    // The previous scope's board stays (dimmed) until the narrowed one arrives.
    await expect
      .poll(async () => (await pipeline.columns()).map((c) => [c.stage, c.count]), { timeout: 10_000 })
      .toEqual(api.columns.map((c) => [c.stage, c.count]));
    await page.screenshot(shot("pipeline-manager-narrowed"));
  });
});
