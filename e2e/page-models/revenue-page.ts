import type { Locator, Page } from "playwright-core";
import { LinesDrawer } from "./lines-drawer";

export type RepRow = {
  personId: string;
  name: string;
  bookings: string;
  target: string;
  attainment: string;
  lines: string;
};
export type ChartTableRow = { month: string; bookings: string; target: string; attainment: string };
export type ChartSeries = { name: string; values: number[] };

const text = (locator: Locator) => locator.evaluate((el) => el.textContent?.trim() ?? "");

/** The Revenue vs target dashboard. */
export class RevenuePage {
  readonly heading: Locator;
  readonly report: Locator;
  readonly error: Locator;
  readonly chart: Locator;
  readonly repTable: Locator;
  readonly monthTable: Locator;
  readonly drawer: LinesDrawer;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.report = page.getByTestId("revenue-report");
    this.error = page.getByTestId("revenue-error");
    this.chart = page.getByTestId("revenue-chart");
    this.repTable = page.getByTestId("rep-table");
    this.monthTable = page.getByTestId("month-table");
    this.drawer = new LinesDrawer(page);
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator("[data-testid=revenue-report]:not([aria-busy=true])").waitFor();
  }

  async kpi(name: "bookings" | "target" | "attainment"): Promise<string> {
    return text(this.page.getByTestId(`kpi-${name}`).getByTestId("kpi-value"));
  }

  async chartMonths(): Promise<string[]> {
    return JSON.parse((await this.chart.getAttribute("data-months")) ?? "[]") as string[];
  }

  async chartSeries(): Promise<ChartSeries[]> {
    return JSON.parse((await this.chart.getAttribute("data-series")) ?? "[]") as ChartSeries[];
  }

  /** The visually hidden table that carries the chart's figures for assistive technology. */
  async chartTable(): Promise<ChartTableRow[]> {
    return this.page.getByTestId("chart-data-table").evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => {
        const cells = [...row.querySelectorAll("td")].map((c) => c.textContent?.trim() ?? "");
        return {
          month: row.getAttribute("data-month") ?? "",
          bookings: cells[0] ?? "",
          target: cells[1] ?? "",
          attainment: cells[2] ?? "",
        };
      }),
    );
  }

  async repRows(): Promise<RepRow[]> {
    return this.repTable.evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => {
        const cell = (id: string) => row.querySelector(`[data-testid=${id}]`)?.textContent?.trim() ?? "";
        return {
          personId: row.getAttribute("data-person-id") ?? "",
          name: cell("rep-name"),
          bookings: cell("rep-bookings"),
          target: cell("rep-target"),
          attainment: cell("attainment"),
          lines: cell("rep-lines"),
        };
      }),
    );
  }

  async showMonthsTab(): Promise<void> {
    await this.page.getByRole("tab", { name: /^(By month|Par mois)$/ }).click();
    await this.monthTable.waitFor();
  }

  monthBookingsButton(month: string): Locator {
    return this.monthTable.locator(`tr[data-month="${month}"] [data-testid=month-bookings]`);
  }

  repBookingsButton(personId: string): Locator {
    return this.repTable.locator(`tr[data-person-id="${personId}"] [data-testid=rep-bookings]`);
  }

  /** Clicks a month's column on the chart canvas itself, at the position the chart reports for it. */
  async clickChartMonth(index: number): Promise<void> {
    const box = await this.chart.boundingBox();
    const centres = JSON.parse((await this.chart.getAttribute("data-category-x")) ?? "[]") as (
      | number
      | null
    )[];
    const x = centres[index];
    if (!box || typeof x !== "number") throw new Error(`Month ${index} is not on the chart`);
    await this.page.mouse.click(box.x + x, box.y + box.height - 60);
  }

  /** Picks an option of a labelled Mantine Select (period, month or person). */
  async choose(label: RegExp, option: string | RegExp): Promise<void> {
    await this.page.getByRole("combobox", { name: label }).click();
    await this.page.getByRole("option", { name: option }).click();
  }

  async switchLanguage(locale: "EN" | "FR"): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) => response.url().endsWith("/api/me") && response.request().method() === "PATCH",
    );
    await this.page
      .getByRole("radiogroup", { name: /^(Language|Langue)$/ })
      .getByText(locale, { exact: true })
      .click();
    await saved;
  }
}
