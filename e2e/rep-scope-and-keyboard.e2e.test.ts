import { request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../apps/web/src/format/format-money";
import { RevenuePage } from "./page-models/revenue-page";
import { getMe, getReport } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });

/** rep2's person id and name, looked up with rep2's own session (a rep cannot look anyone up). */
async function rep2Identity(baseURL: string) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  try {
    const signIn = await api.post("/api/auth/sign-in", {
      data: { email: "rep2@demo.attain.dev", password: "attain-demo" },
    });
    expect(signIn.status()).toBe(200);
    const me = await getMe(api);
    if (!me.person) throw new Error("rep2 has no person");
    return me.person;
  } finally {
    await api.dispose();
  }
}

describe("a rep's scope", () => {
  it("a rep sees only their own figures; rep2's are refused by the API and absent from the UI", async () => {
    const { page, baseUrl } = suite;
    const revenue = await signInAs(page, "rep@demo.attain.dev");
    const me = await getMe(page);
    const api = await getReport(page);
    expect(api.scope.kind).toBe("self");
    expect(api.reps.map((r) => r.personId)).toEqual([me.person?.id]);

    const rows = await revenue.repRows();
    expect(rows.map((r) => r.personId)).toEqual([me.person?.id]);
    expect(await revenue.kpi("bookings")).toBe(formatMoney(api.totals.bookings, "EUR", "en"));
    expect(await page.getByRole("combobox", { name: /^Person/ }).count()).toBe(0);
    await page.screenshot(shot("rep-view"));

    const rep2 = await rep2Identity(baseUrl);
    expect(rep2.id).not.toBe(me.person?.id);
    expect(await page.content()).not.toContain(rep2.fullName);

    const refused = await page.request.get(`/api/revenue-vs-target?personId=${rep2.id}`);
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    const refusedLines = await page.request.get(`/api/revenue-vs-target/lines?personId=${rep2.id}`);
    expect(refusedLines.status()).toBe(403);

    // Asking the UI for rep2 directly: a clear message, and nothing of rep2.
    await page.goto(`/?from=2026-01&to=2026-12&personId=${rep2.id}`);
    await revenue.error.waitFor();
    expect(await revenue.error.textContent()).toContain("You do not have access to this person's figures.");
    expect(await revenue.report.count()).toBe(0);
    expect(await page.content()).not.toContain(rep2.fullName);
    await page.screenshot(shot("rep-forbidden"));
  });
});

describe("keyboard only", () => {
  it("signs in, opens a rep's and a month's lines with Enter, and closes them with Escape", async () => {
    const { page } = suite;
    await page.goto("/");
    const email = page.getByRole("textbox", { name: /^Email/ });
    await email.waitFor();
    await page.locator("input[name=email]:focus").waitFor();
    await page.keyboard.type("manager@demo.attain.dev");
    await page.keyboard.press("Tab");
    await page.keyboard.type("attain-demo");
    await page.keyboard.press("Enter");
    const revenue = new RevenuePage(page);
    await revenue.waitLoaded();
    const api = await getReport(page);

    const focused = page.locator(":focus");
    const focusedTestId = async () =>
      (await focused.count()) ? await focused.getAttribute("data-testid") : "";
    const focusedRow = page.locator("tr:has(:focus)");
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        if ((await focusedTestId()) === testId) return;
      }
      throw new Error(`Tab never reached ${testId}`);
    };

    // The first rep in the table (largest bookings first).
    await tabTo("rep-bookings");
    const personId = await focusedRow.getAttribute("data-person-id");
    await page.keyboard.press("Enter");
    await revenue.drawer.waitOpen();
    expect(await page.locator("[role=dialog] :focus").count()).toBe(1);
    const rep = api.reps.find((r) => r.personId === personId);
    expect(await revenue.drawer.summary.textContent()).toContain(
      formatMoney(rep?.bookings ?? "?", "EUR", "en"),
    );
    await page.keyboard.press("Escape");
    await revenue.drawer.waitClosed();
    expect(await focusedTestId()).toBe("rep-bookings");

    // Switch to the months tab with the arrow keys, then drill into the first month.
    await page.getByRole("tab", { name: "By rep" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await revenue.monthTable.waitFor();
    await tabTo("month-bookings");
    const month = await focusedRow.getAttribute("data-month");
    await page.keyboard.press("Enter");
    await revenue.drawer.waitOpen();
    const amounts = await revenue.drawer.loadAllAmounts();
    expect(sumAmounts(amounts)).toBe(api.months.find((m) => m.month === month)?.bookings);
    await page.keyboard.press("Escape");
    await revenue.drawer.waitClosed();
  });
});
