import type { Locator, Page } from "playwright-core";

/** A statement (in My pay or the runs drawer): lines, "Why this number?", "Dispute this line", totals. */
export class CompStatement {
  readonly root: Locator;
  readonly lines: Locator;
  readonly trace: Locator;
  readonly disputeDialog: Locator;

  constructor(
    readonly page: Page,
    scope?: Locator,
  ) {
    this.root = (scope ?? page.locator("body")).getByTestId("statement");
    this.lines = this.root.getByTestId("statement-line");
    this.trace = page.getByTestId("trace-modal");
    this.disputeDialog = page.getByRole("dialog", { name: /Dispute this line|Contester cette ligne/ });
  }

  async waitLoaded(): Promise<void> {
    await this.root.waitFor();
  }

  async total(): Promise<{ amount: string; text: string }> {
    const tile = this.root.getByTestId("statement-total");
    return {
      amount: (await tile.getAttribute("data-amount")) ?? "",
      text: (await tile.getByTestId("figure-value").textContent())?.trim() ?? "",
    };
  }

  /** The first line with a non-zero amount (the one a rep would ask about). */
  async firstPaidLine(): Promise<{ id: string; amount: string; row: Locator }> {
    const ids = await this.lines.evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute("data-line-id") ?? "",
        amount: r.getAttribute("data-amount") ?? "",
      })),
    );
    const line = ids.find((l) => !/^-?0(\.0+)?$/.test(l.amount)) ?? ids[0];
    if (!line) throw new Error("The statement has no lines");
    return { ...line, row: this.root.locator(`[data-testid=statement-line][data-line-id="${line.id}"]`) };
  }

  /** Opens "Why this number?" on a line and returns each step's rule. */
  async explain(row: Locator): Promise<string[]> {
    await row.getByRole("button", { name: /^Why / }).click();
    await this.trace.getByTestId("trace-step").first().waitFor();
    const rules = await this.trace.getByTestId("trace-rule").allTextContents();
    return rules.map((r) => r.trim());
  }

  async closeExplanation(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.trace.waitFor({ state: "detached" });
  }

  async dispute(row: Locator, subject: string, message: string): Promise<string> {
    await row.getByRole("button", { name: /^Dispute / }).click();
    await this.disputeDialog.getByLabel(/^Subject/).fill(subject);
    await this.disputeDialog.getByLabel(/^Message/).fill(message);
    const opened = this.page.waitForResponse(
      (r) => r.url().endsWith("/api/comp/disputes") && r.request().method() === "POST",
    );
    await this.disputeDialog.getByRole("button", { name: "Send dispute" }).click();
    const response = await opened;
    if (!response.ok())
      throw new Error(`Opening the dispute failed: ${response.status()} ${await response.text()}`);
    await this.page.getByTestId("dispute-opened").waitFor();
    return ((await response.json()) as { id: string }).id;
  }
}
