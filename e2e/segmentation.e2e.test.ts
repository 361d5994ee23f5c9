import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type {
  ClusterConfig,
  PotentialAccountsPage,
  PotentialModelSummary,
  SegmentationPreview,
  SegmentationRun,
  SegmentationSummary,
  TierConfig,
} from "../apps/web/src/api/segmentation-types";
import { getJson } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const admin = "admin@demo.attain.dev";
const today = "2026-11-22"; // the suite's pinned clock
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });

type ProfileRow = { segment: string; accounts: number; revenue: string; potential: string };

/** Planning → Segmentation: the builder tab and a run's profiles (data attributes carry the exact values). */
class SegmentationPage {
  readonly builder: Locator;

  constructor(readonly page: Page) {
    this.builder = page.getByTestId("segmentation-builder");
  }

  async openBuilder(): Promise<void> {
    await this.page.goto("/segmentation?tab=builder");
    await this.builder.waitFor();
  }

  /** Tiers by 12-month revenue, ranked: A the top `a`%, B the next `b`%, C the rest. */
  async buildRankTiers(name: string, a: string, b: string): Promise<void> {
    await this.page.getByTestId("segmentation-name").fill(name);
    await this.builder.getByRole("radio", { name: "Tiers" }).check({ force: true });
    await this.page.getByTestId("tier-basis").click();
    await this.page.getByRole("option", { name: "Revenue (12 months)" }).click();
    await this.builder.getByRole("textbox", { name: "Tier 1 share" }).fill(a);
    await this.builder.getByRole("textbox", { name: "Tier 2 share" }).fill(b);
  }

  async preview(): Promise<Locator> {
    await this.page.getByTestId("preview-segmentation").click();
    const preview = this.page.getByTestId("segmentation-preview");
    await preview.getByTestId("profile-row").first().waitFor();
    return preview;
  }

  async profiles(scope: Locator): Promise<ProfileRow[]> {
    return scope.getByTestId("profile-row").evaluateAll((nodes) =>
      nodes.map((n) => ({
        segment: n.getAttribute("data-segment") ?? "",
        accounts: Number(n.getAttribute("data-accounts")),
        revenue: n.getAttribute("data-revenue") ?? "",
        potential: n.getAttribute("data-potential") ?? "",
      })),
    );
  }
}

/** POSTs from the page itself, as the app does (writes must come from Attain's own origin). */
async function postFromPage<T>(page: Page, path: string, body: unknown): Promise<T> {
  return (await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`);
      return response.json();
    },
    { path, body },
  )) as T;
}

describe("segmentation: build tiers, preview the profiles, save the run", () => {
  const name = "E2E revenue tiers";
  const config: TierConfig = {
    kind: "tiers",
    basis: "monetary",
    method: "rank",
    tiers: [{ tier: "A", share: "0.2" }, { tier: "B", share: "0.3" }, { tier: "C" }],
  };

  it("previews A 20% / B 30% / C rest by revenue: the profiles the API computes, their total the exact sum", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const segmentation = new SegmentationPage(page);
    await segmentation.openBuilder();
    await segmentation.buildRankTiers(name, "20", "30");
    const preview = await segmentation.preview();
    const shown = await segmentation.profiles(preview);

    const expected = await postFromPage<SegmentationPreview>(page, "/api/segmentation/preview", {
      name,
      config,
      asOf: today,
    });
    expect(shown).toEqual(
      expected.profiles.map((p) => ({
        segment: p.segment,
        accounts: p.accounts,
        revenue: p.revenue,
        potential: p.potential,
      })),
    );
    expect(shown.map((p) => p.segment)).toEqual(expect.arrayContaining(["A", "B", "C"]));
    const total = preview.getByTestId("profiles-total");
    expect(await total.getAttribute("data-revenue")).toBe(
      sumAmounts(expected.profiles.map((p) => p.revenue)),
    );
    expect(shown.reduce((n, p) => n + p.accounts, 0)).toBe(expected.segmented);
    await preview.getByTestId("profile-chart").and(page.locator("[data-rendered=true]")).waitFor();
    await page.screenshot(shot("segmentation-preview"));
  });

  it("a share over 100% is refused on its field before any request", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const segmentation = new SegmentationPage(page);
    await segmentation.openBuilder();
    await segmentation.buildRankTiers(name, "80", "40");
    await expect(page.getByText("The shares add up to more than 100%.").isVisible()).resolves.toBe(true);
    expect(await page.getByTestId("preview-segmentation").isDisabled()).toBe(true);
  });

  it("saves the run from today: it is in force, its profiles and accounts are shown", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const segmentation = new SegmentationPage(page);
    await segmentation.openBuilder();
    await segmentation.buildRankTiers(name, "20", "30");
    await page.getByTestId("save-segmentation").click();
    const detail = page.getByTestId("run-detail");
    await detail.getByTestId("profile-row").first().waitFor();

    const { segmentations } = await getJson<{ segmentations: SegmentationSummary[] }>(
      page,
      "/api/segmentation/segmentations",
    );
    const saved = segmentations.find((s) => s.name === name);
    expect(saved).toMatchObject({ kind: "tiers", validFrom: today });
    expect(await detail.getAttribute("data-run-id")).toBe(saved?.id);
    const run = await getJson<SegmentationRun>(page, `/api/segmentation/segmentations/${saved?.id}`);
    expect(await segmentation.profiles(detail)).toEqual(
      run.profiles.map((p) => ({
        segment: p.segment,
        accounts: p.accounts,
        revenue: p.revenue,
        potential: p.potential,
      })),
    );

    // The accounts of tier A, each with the engine's reason.
    await detail.locator('[data-testid=profile-row][data-segment="A"]').click();
    const accounts = detail.getByTestId("segment-account-row");
    await accounts.first().waitFor();
    expect(
      await accounts.evaluateAll((rows) => rows.every((r) => r.getAttribute("data-segment") === "A")),
    ).toBe(true);
    await accounts.first().getByRole("button", { name: "Why?" }).click();
    await detail.getByTestId("trace").first().waitFor();
    await page.screenshot(shot("segmentation-run"));
  });

  it("a new run from the saved one starts with its settings; saving it on the same day is refused under Valid from", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    await page.goto("/segmentation");
    await page
      .getByTestId("segmentation-row")
      .filter({ hasText: name })
      .getByRole("button", { name })
      .click();
    await page.getByTestId("run-detail").getByRole("heading", { name }).waitFor();
    await page.getByRole("button", { name: "New run from this one" }).click();
    const builder = page.getByTestId("segmentation-builder");
    await builder.waitFor();
    expect(await page.getByTestId("segmentation-name").inputValue()).toBe(name);
    expect(await builder.getByRole("textbox", { name: "Tier 1 share" }).inputValue()).toBe("20");
    expect(await builder.getByRole("textbox", { name: "Tier 2 share" }).inputValue()).toBe("30");
    await page.getByTestId("save-segmentation").click();
    const validFrom = builder.getByLabel("Valid from");
    await builder.locator("input[aria-invalid=true][type=date]").last().waitFor();
    expect(await validFrom.getAttribute("aria-invalid")).toBe("true");
  });
});

describe("segmentation: clusters and account potential", () => {
  it("rules: industry is one of Automotive, Education → Focus, otherwise Other; the profiles the API computes", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const segmentation = new SegmentationPage(page);
    await segmentation.openBuilder();
    await page.getByTestId("segmentation-name").fill("E2E focus industries");
    await segmentation.builder.getByText("Rules", { exact: true }).click();
    const rules = page.getByTestId("rules-editor");
    await rules.getByRole("textbox", { name: "Rule 1: segment" }).fill("Focus");
    await rules.getByRole("textbox", { name: "Values" }).fill("Automotive, Education");
    await rules.getByRole("textbox", { name: "Otherwise" }).fill("Other");
    const preview = await segmentation.preview();
    const expected = await postFromPage<SegmentationPreview>(page, "/api/segmentation/preview", {
      name: "E2E focus industries",
      config: {
        kind: "rules",
        rules: [
          {
            segment: "Focus",
            conditions: [{ field: "industry", op: "in", values: ["Automotive", "Education"] }],
          },
        ],
        otherwise: "Other",
      },
      asOf: today,
    });
    const shown = await segmentation.profiles(preview);
    expect(shown.map((p) => p.segment).sort()).toEqual(["Focus", "Other"]);
    expect(shown).toEqual(
      expected.profiles.map((p) => ({
        segment: p.segment,
        accounts: p.accounts,
        revenue: p.revenue,
        potential: p.potential,
      })),
    );
    expect(expected.segmented).toBe(expected.accounts); // "otherwise" leaves no account out
    await page.screenshot(shot("segmentation-rules"));
  });

  it("previews k-means on revenue and orders: the silhouette chart marks the k the API chose", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const segmentation = new SegmentationPage(page);
    await segmentation.openBuilder();
    await page.getByTestId("segmentation-name").fill("E2E clusters");
    await segmentation.builder.getByText("Clusters", { exact: true }).click();
    await page.getByTestId("clusters-editor").waitFor();
    const preview = await segmentation.preview();
    const config: ClusterConfig = {
      kind: "clusters",
      features: ["monetary", "frequency", "potential"],
      logFeatures: ["monetary", "potential"],
      kMin: 2,
      kMax: 6,
      seed: 1,
    };
    const expected = await postFromPage<SegmentationPreview>(page, "/api/segmentation/preview", {
      name: "E2E clusters",
      config,
      asOf: today,
    });
    expect(expected.clusters).not.toBeNull();
    const silhouette = preview.getByTestId("silhouette-chart");
    await silhouette.and(page.locator("[data-rendered=true]")).waitFor();
    expect(Number(await silhouette.getAttribute("data-k"))).toBe(expected.clusters?.k);
    expect((await segmentation.profiles(preview)).map((p) => p.segment)).toEqual(
      expected.profiles.map((p) => p.segment),
    );
    await preview.getByTestId("cluster-scatter").and(page.locator("[data-rendered=true]")).waitFor();
    await page.screenshot(shot("segmentation-clusters"));
  });

  it("fits the potential model with the defaults: accuracy as the API reports it, accounts highest potential first", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    await page.goto("/segmentation?tab=potential");
    await page.getByTestId("fit-potential").click();
    const summary = page.getByTestId("potential-summary");
    await summary.waitFor();
    const model = await getJson<PotentialModelSummary>(page, "/api/segmentation/potential");
    expect(model.config).toMatchObject({ holdoutShare: "0.2", seed: 1, headroomQuantile: "0.75" });
    expect(await summary.getAttribute("data-total-potential")).toBe(model.totalPotential);
    const shownAccuracy = await page
      .getByTestId("accuracy-row")
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute("data-measure"), Number(r.getAttribute("data-model"))]),
      );
    expect(shownAccuracy).toEqual([
      ["mape", model.accuracy.mape],
      ["medianApe", model.accuracy.medianApe],
      ["wape", model.accuracy.wape],
      ["r2Log", model.accuracy.r2Log],
    ]);
    const page1 = await getJson<PotentialAccountsPage>(page, "/api/segmentation/potential/accounts?limit=25");
    const rows = page.getByTestId("potential-account-row");
    await rows.first().waitFor();
    expect(
      await rows.evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute("data-account-id"), n.getAttribute("data-potential")]),
      ),
    ).toEqual(page1.estimates.map((e) => [e.accountId, e.potential]));
    await page.screenshot(shot("segmentation-potential"));
  });

  it("a viewer reads segmentations and potential but is offered no builder and no fit", async () => {
    const { page } = suite;
    await signInAs(page, "viewer@demo.attain.dev");
    await page.goto("/segmentation?tab=builder");
    await page.getByTestId("segmentation-page").waitFor();
    expect(await page.getByTestId("tab-builder").count()).toBe(0);
    expect(await page.getByTestId("segmentation-builder").count()).toBe(0);
    await page.getByTestId("tab-potential").click();
    await page.getByTestId("potential-panel").waitFor();
    expect(await page.getByTestId("fit-potential").count()).toBe(0);
  });
});
