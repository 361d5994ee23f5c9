import type { Locator, Page } from "playwright-core";

export type NewGoal = {
  name: string;
  personName: string;
  kpiName: string;
  target: string;
  startsOn: string;
  deadline: string;
  milestone?: { label: string; dueOn: string; target: string };
};

/** The /goals page: the goal cards with progress, and the goal form. */
export class GoalsPage {
  readonly list: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId("goal-list");
    this.form = page.getByRole("dialog");
  }

  async open(): Promise<void> {
    await this.page.goto("/goals");
    await this.page.getByRole("heading", { level: 2, name: /^(Goals|Objectifs)$/ }).waitFor();
    await this.page.locator("[data-testid=goal-list]").waitFor({ state: "attached" });
  }

  card(name: string): Locator {
    return this.page.getByRole("article", { name });
  }

  async create(goal: NewGoal): Promise<void> {
    await this.page.getByRole("button", { name: /^(New goal|Nouvel objectif)$/ }).click();
    await this.form.waitFor();
    const f = this.form;
    await f.getByLabel(/^(Name|Nom)/).fill(goal.name);
    await f.getByLabel(/^(Person|Personne)/).selectOption({ label: goal.personName });
    await f.getByLabel(/^KPI/).selectOption({ label: goal.kpiName });
    await f.getByLabel(/^(Target|Cible)/).fill(goal.target);
    await f.getByLabel(/^(Start|Début)/).fill(goal.startsOn);
    await f
      .getByLabel(/^(Deadline|Échéance)/)
      .first()
      .fill(goal.deadline);
    if (goal.milestone) {
      await f.getByRole("button", { name: /^(Add milestone|Ajouter un jalon)$/ }).click();
      await f.getByLabel(/^(Milestone 1 name|Nom du jalon 1)$/).fill(goal.milestone.label);
      await f.getByLabel(/^(Milestone 1 due on|Échéance du jalon 1)$/).fill(goal.milestone.dueOn);
      await f.getByLabel(/^(Milestone 1 target|Cible du jalon 1)$/).fill(goal.milestone.target);
    }
    await f.getByRole("button", { name: /^(Save|Enregistrer)$/ }).click();
    await f.waitFor({ state: "detached" });
  }

  async progress(card: Locator): Promise<{ ratio: string; value: string; status: string; label: string }> {
    const bar = card.getByTestId("goal-progress");
    return {
      ratio: (await bar.getAttribute("data-ratio")) ?? "",
      value: (await bar.getAttribute("data-value")) ?? "",
      status: (await card.getByTestId("goal-status").getAttribute("data-status")) ?? "",
      label: (await card.getByRole("progressbar").getAttribute("aria-label")) ?? "",
    };
  }
}
