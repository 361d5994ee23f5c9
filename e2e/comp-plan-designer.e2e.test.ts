import { describe, expect, it } from "vitest";
import { CompPlanEditor } from "./page-models/comp-plan-editor";
import { useBrowserSuite } from "./support/browser-suite";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();

describe("the plan designer", () => {
  it("draws the AE plan's tiers; an unknown name in a formula is shown under it and blocks Publish", async () => {
    const { page } = suite;
    await signInAs(page, "admin@demo.attain.dev");
    const designer = new CompPlanEditor(page);
    const version = await designer.newDraft("ae-standard");
    expect(version).toBeGreaterThan(1);
    await expect(designer.publish.isEnabled()).resolves.toBe(true);

    // Bands 0–50% at 4%, 50–100% at 8%, from 100% at 12% (drawn to 150%): a step line through these points.
    const { points } = await designer.tierChart("AE attainment tiers");
    expect(points).toEqual([
      [0, 0.04],
      [0.5, 0.08],
      [1, 0.12],
      [1.5, 0.12],
    ]);

    const variable = await designer.addVariable("attainment * bonusRate");
    const issue = variable.getByTestId("formula-issue");
    await issue.waitFor();
    expect(await issue.textContent()).toContain("Unknown name: bonusRate");
    await expect(designer.publish.isDisabled()).resolves.toBe(true);
    expect(await designer.publishBlockers.textContent()).toMatch(
      /^Publishing is disabled: 1 validation issue/,
    );
    expect(await designer.validationStatus.textContent()).toBe("1 issue to fix");
    await issue.evaluate((node) => node.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: `${ensureDir(screenshotsDir)}/comp-plan-designer.png`, fullPage: false });
  });
});
