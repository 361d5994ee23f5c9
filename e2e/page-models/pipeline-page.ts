import type { Locator, Page } from "playwright-core";

export type BoardColumnRow = { stage: string; count: number; amount: string; weighted: string };
export type DealRow = { id: string; ownerId: string; stage: string; flags: string[] };

const flagsOf = (value: string | null) => (value ? value.split(" ").filter(Boolean) : []);

/** Sales → Pipeline: coverage tiles, the board, the table and the analytics tab. */
export class PipelinePage {
  readonly board: Locator;
  readonly table: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByTestId("pipeline-board");
    this.table = page.getByTestId("pipeline-table");
    this.coverage = page.getByTestId("coverage");
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/pipeline${query}`);
    await this.page.getByTestId("pipeline-page").waitFor();
  }

  async waitForBoard(): Promise<void> {
    await this.page.locator("[data-testid=pipeline-board]:not([aria-busy=true])").waitFor();
  }

  async columns(): Promise<BoardColumnRow[]> {
    await this.waitForBoard();
    return this.board.locator("[data-testid=board-column]").evaluateAll((nodes) =>
      nodes.map((n) => ({
        stage: n.getAttribute("data-stage") ?? "",
        count: Number(n.getAttribute("data-count")),
        amount: n.getAttribute("data-amount") ?? "",
        weighted: n.getAttribute("data-weighted") ?? "",
      })),
    );
  }

  /** The first card on the board carrying this flag. */
  card(opportunityId: string): Locator {
    return this.board.locator(`[data-testid=deal-card][data-opportunity-id="${opportunityId}"]`);
  }

  flagBadge(card: Locator, kind: string): Locator {
    return card.locator(`[data-testid=risk-flag][data-kind="${kind}"]`);
  }

  async showTable(): Promise<void> {
    await this.page.getByRole("tab", { name: "Table" }).click();
    await this.waitForTable();
  }

  async waitForTable(): Promise<void> {
    await this.page.locator("[data-testid=pipeline-table]").waitFor();
    // A filter change keeps the previous rows (dimmed, aria-busy) until the new ones arrive.
    await this.page
      .locator("[aria-busy=true]:has([data-testid=pipeline-table])")
      .waitFor({ state: "detached" });
  }

  /** Picks an option of a labelled Mantine Select in the filter bar. */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole("combobox", { name: label, exact: true }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /** Narrows the page to one person of the caller's scope (the option reads "Name · Job role"). */
  async narrowTo(name: string): Promise<void> {
    await this.page.getByRole("combobox", { name: "Person", exact: true }).click();
    await this.page.getByRole("option", { name: new RegExp(`^${name} · `) }).click();
  }

  async filterByFlag(label: string, expectedTotal: number): Promise<void> {
    await this.choose("Risk flag", label);
    await this.page.locator(`[data-testid=table-total][data-total="${expectedTotal}"]`).waitFor();
    await this.waitForTable();
  }

  async tableTotal(): Promise<number> {
    return Number(await this.page.getByTestId("table-total").getAttribute("data-total"));
  }

  async rows(): Promise<DealRow[]> {
    const rows = await this.table.locator("[data-testid=deal-row]").evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute("data-opportunity-id") ?? "",
        ownerId: n.getAttribute("data-owner-id") ?? "",
        stage: n.getAttribute("data-stage") ?? "",
        flags: n.getAttribute("data-flags"),
      })),
    );
    return rows.map((r) => ({ ...r, flags: flagsOf(r.flags) }));
  }

  /** The numbers a chart of the analytics tab draws, once it has drawn them. */
  async chartValues(testId: string): Promise<(number | null)[]> {
    const chart = this.page.locator(`[data-testid=${testId}][data-rendered=true]`);
    await chart.waitFor();
    return JSON.parse((await chart.getAttribute("data-values")) ?? "[]") as (number | null)[];
  }

  /** Opens a deal from the table with the keyboard (focus its name link, Enter) and waits for its page. */
  async openDeal(opportunityId: string): Promise<void> {
    await this.table
      .locator(`[data-testid=deal-row][data-opportunity-id="${opportunityId}"] a`)
      .first()
      .focus();
    await this.page.keyboard.press("Enter");
    await this.page.waitForURL(new RegExp(`/pipeline/deals/${opportunityId}$`));
    await this.page.getByTestId("deal-header").waitFor();
  }
}
