import { describe, expect, it } from "vitest";
import { formatMonth } from "../apps/web/src/format/format-date";
import { formatMoney } from "../apps/web/src/format/format-money";
import { formatCount } from "../apps/web/src/format/format-count";
import { formatAttainment } from "../apps/web/src/format/format-percent";
import { SignInPage } from "./page-models/sign-in-page";
import { getReport } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { plainSpaces, sumAmounts } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const manager = "manager@demo.attain.dev";
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });
const eur = (amount: string) => formatMoney(amount, "EUR", "en");

describe("Revenue vs target, signed in as a manager", () => {
  it("the sign-in page lists the demo logins and shows the API's refusal of a wrong password", async () => {
    const { page } = suite;
    const signIn = new SignInPage(page);
    await signIn.open();
    expect(await page.getByTestId("demo-logins").textContent()).toContain(manager);
    await page.screenshot(shot("sign-in"));
    await signIn.signIn(manager, "not-the-password");
    expect(await signIn.error.textContent()).toContain("The email or password is incorrect.");
  });

  it("the chart, the KPI tiles and the rep table show exactly the numbers the API returns", async () => {
    const { page } = suite;
    const revenue = await signInAs(page, manager);
    const api = await getReport(page);
    expect(api.scope.kind).toBe("tree");
    expect(api.from).toBe("2026-01");
    expect(api.to).toBe("2026-12");

    expect(await page.getByTestId("workspace-name").textContent()).not.toBe("");
    expect(await revenue.kpi("bookings")).toBe(eur(api.totals.bookings));
    expect(await revenue.kpi("target")).toBe(eur(api.totals.target));
    expect(await revenue.kpi("attainment")).toBe(formatAttainment(api.totals.attainment, "en"));

    // What the chart draws, month by month, and the hidden table that reads it out.
    expect(await revenue.chartMonths()).toEqual(api.months.map((m) => m.month));
    const [bars, target] = await revenue.chartSeries();
    expect(bars?.values).toEqual(api.months.map((m) => Number(m.bookings)));
    expect(target?.values).toEqual(api.months.map((m) => Number(m.target)));
    expect(await revenue.chartTable()).toEqual(
      api.months.map((m) => ({
        month: m.month,
        bookings: eur(m.bookings),
        target: eur(m.target),
        attainment: formatAttainment(m.attainment, "en"),
      })),
    );

    const rows = await revenue.repRows();
    expect(rows).toHaveLength(api.reps.length);
    const expected = api.reps.map((r) => ({
      personId: r.personId,
      name: r.name,
      bookings: eur(r.bookings),
      target: eur(r.target),
      attainment: formatAttainment(r.attainment, "en"),
      lines: formatCount(r.lines, "en"),
    }));
    const byId = (a: { personId: string }, b: { personId: string }) => a.personId.localeCompare(b.personId);
    expect([...rows].sort(byId)).toEqual([...expected].sort(byId));

    await revenue.showMonthsTab();
    for (const m of api.months) {
      expect(await revenue.monthBookingsButton(m.month).textContent()).toBe(eur(m.bookings));
    }
    await page.screenshot(shot("dashboard-en"));
  });

  it("the period and person filters show the API's figures for Q2 and for one rep", async () => {
    const { page } = suite;
    const revenue = await signInAs(page, manager);
    const all = await getReport(page);
    const rep = all.reps.find((r) => r.lines > 0 && r.personId !== all.scope.personId) ?? all.reps[0];
    if (!rep) throw new Error("no rep in scope");

    await Promise.all([
      page.waitForResponse((r) => r.url().includes("from=2026-04&to=2026-06")),
      revenue.choose(/^Period/, "Q2 FY2026"),
    ]);
    await revenue.waitLoaded();
    const api = await getReport(page, "?from=2026-04&to=2026-06");
    expect(await revenue.chartMonths()).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(await revenue.kpi("bookings")).toBe(eur(api.totals.bookings));
    expect(page.url()).toContain("from=2026-04&to=2026-06");

    await Promise.all([
      page.waitForResponse((r) => r.url().includes(`personId=${rep.personId}`)),
      revenue.choose(/^Person/, new RegExp(`^${rep.name}`)),
    ]);
    await revenue.waitLoaded();
    const one = await getReport(page, `?from=2026-04&to=2026-06&personId=${rep.personId}`);
    expect(one.scope.kind).toBe("person");
    expect(await revenue.kpi("bookings")).toBe(eur(one.totals.bookings));
    expect((await revenue.repRows()).map((r) => r.personId)).toEqual(one.reps.map((r) => r.personId));
    const [bars] = await revenue.chartSeries();
    expect(bars?.values).toEqual(one.months.map((m) => Number(m.bookings)));
  });

  it("drill-down from a month bar and from a rep lists lines that add up to the figure clicked", async () => {
    const { page } = suite;
    const revenue = await signInAs(page, manager);
    const api = await getReport(page);

    // The first month with bookings, clicked on the chart canvas.
    const index = api.months.findIndex((m) => m.bookings !== "0.00");
    const month = api.months[index];
    if (!month) throw new Error("no months");
    await revenue.clickChartMonth(index);
    await revenue.drawer.waitOpen();
    expect(await revenue.drawer.title()).toBe(`Bookings of ${formatMonth(month.month, "en", "long")}`);
    const monthAmounts = await revenue.drawer.loadAllAmounts();
    expect(sumAmounts(monthAmounts)).toBe(month.bookings);
    expect(await revenue.drawer.summary.textContent()).toContain(eur(month.bookings));
    await page.screenshot({ ...shot("drill-down"), fullPage: false });
    await page.keyboard.press("Escape");
    await revenue.drawer.waitClosed();

    // A rep with more than one page of lines, so "load more" is exercised.
    const rep =
      [...api.reps].filter((r) => r.lines > 50).sort((a, b) => a.lines - b.lines)[0] ??
      api.reps.find((r) => r.lines > 0);
    if (!rep) throw new Error("no rep with lines");
    await revenue.repBookingsButton(rep.personId).click();
    await revenue.drawer.waitOpen();
    expect(await revenue.drawer.title()).toBe(`Bookings of ${rep.name}`);
    const repAmounts = await revenue.drawer.loadAllAmounts();
    expect(repAmounts).toHaveLength(rep.lines);
    expect(sumAmounts(repAmounts)).toBe(rep.bookings);
  });

  it("in French, labels are French and amounts read 1 234,56 €", async () => {
    const { page } = suite;
    const revenue = await signInAs(page, manager);
    const api = await getReport(page);
    try {
      await revenue.switchLanguage("FR");
      expect(await revenue.heading.textContent()).toBe("Chiffre d’affaires vs objectif");
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      const bookings = plainSpaces(await revenue.kpi("bookings"));
      expect(bookings).toBe(plainSpaces(formatMoney(api.totals.bookings, "EUR", "fr")));
      expect(bookings).toMatch(/^-?\d{1,3}( \d{3})*,\d{2} €$/);
      expect(plainSpaces(await revenue.kpi("attainment"))).toMatch(/^\d+,\d %$/);
      expect(await page.getByRole("tab", { name: "Par commercial" }).isVisible()).toBe(true);
      const first = (await revenue.repRows())[0];
      expect(plainSpaces(first?.bookings ?? "")).toMatch(/^-?\d{1,3}( \d{3})*,\d{2} €$/);

      // The choice is stored on the server: a reload stays in French.
      await page.reload();
      await revenue.waitLoaded();
      expect(await revenue.heading.textContent()).toBe("Chiffre d’affaires vs objectif");
      await page.screenshot(shot("dashboard-fr"));
    } finally {
      await page.request.patch("/api/me", { data: { locale: "en" }, headers: { origin: suite.baseUrl } });
    }
  });
});
