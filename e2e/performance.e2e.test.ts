import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { KpiCatalogueResponse, KpiValuesResponse } from "../apps/web/src/api/kpi-types";
import type {
  EvaluationDto,
  EvaluationTemplateDto,
  FeedbackPage as FeedbackPageDto,
  GoalDto,
  NotificationsResponse,
} from "../apps/web/src/api/performance-types";
import { formatKpiValue } from "../apps/web/src/performance/shared/format-kpi-value";
import { EvaluationsPage } from "./page-models/evaluations-page";
import { FeedbackImportPanel, FeedbackPage } from "./page-models/feedback-page";
import { GoalsPage } from "./page-models/goals-page";
import { KpiCataloguePage } from "./page-models/kpi-catalogue-page";
import { getJson, getMe } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
/** A full-page screenshot from the top (the header is fixed: scrolled, it would be drawn mid-page). */
async function snap(page: Page, name: string): Promise<void> {
  await page.mouse.wheel(0, -100_000);
  await page.screenshot({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });
}
const admin = "admin@demo.attain.dev";
const manager = "manager@demo.attain.dev";
const rep = "rep@demo.attain.dev";
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
// Names no earlier run against the same server used.
const salt = String(Date.now() % 100_000);

async function repPerson(): Promise<{ id: string; fullName: string }> {
  const { page } = suite;
  await signInAs(page, rep);
  const person = (await getMe(page)).person;
  await page.context().clearCookies();
  if (!person) throw new Error("rep@ has no person");
  return person;
}

describe("KPI catalogue and custom KPIs", () => {
  it("an invalid formula shows the checker's error and is not saved; a valid one is saved and shows its value", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const catalogue = new KpiCataloguePage(page);
    await catalogue.open();
    const bookings = catalogue.row("bookings");
    await bookings.waitFor();
    await snap(page, "performance-kpi-catalogue");

    const name = `Bookings in thousands ${salt}`;
    await catalogue.startNewKpi({ name, unit: "currency" });
    await catalogue.typeFormula("net_bookings / no_such_measure");
    const message = await catalogue.formulaError();
    expect(message).toMatch(/no_such_measure/);
    await expect(
      catalogue.form.getByTestId("formula-error-position").locator("mark").innerText(),
    ).resolves.toBe("no_such_measure");
    await catalogue.save();
    // The server refuses it too (422 on `formula`) and the dialog stays open with the message on the field.
    expect(await catalogue.formulaError()).not.toBe("");
    expect(await catalogue.form.isVisible()).toBe(true);
    const afterRefusal = await getJson<KpiCatalogueResponse>(page, "/api/kpis/catalogue");
    expect(afterRefusal.kpis.some((k) => k.name === name)).toBe(false);

    await catalogue.typeFormula("net_bookings / 1000");
    await catalogue.waitFormulaOk();
    await catalogue.save();
    await catalogue.form.waitFor({ state: "detached" });
    const saved = (await getJson<KpiCatalogueResponse>(page, "/api/kpis/catalogue")).kpis.find(
      (k) => k.name === name,
    );
    if (!saved) throw new Error("the custom KPI was not saved");
    expect(saved.custom).toBe(true);
    expect(saved.formula).toBe("net_bookings / 1000");

    const api = await getJson<KpiValuesResponse>(page, `/api/kpis/values?keys=${saved.key}`);
    const apiValue = api.values[0]?.value ?? null;
    const shown = await catalogue.value(catalogue.row(saved.key));
    expect(shown.raw).toBe(apiValue ?? "");
    expect(shown.text).toBe(formatKpiValue(apiValue, "currency", api.currency, "en"));
    expect(apiValue).not.toBeNull();

    await page.getByRole("tab", { name: "Cost inputs (CAC)" }).click();
    await page.getByTestId("cost-grid").waitFor();
    await snap(page, "performance-kpi-costs");
  });

  it("in French, the catalogue's headings, units and values are French", async () => {
    const { page } = suite;
    const revenue = await signInAs(page, manager);
    try {
      await revenue.switchLanguage("FR");
      const catalogue = new KpiCataloguePage(page);
      await catalogue.open();
      await page.getByRole("heading", { level: 2, name: "Catalogue des KPI" }).waitFor();
      expect(await page.getByRole("heading", { level: 3, name: "Ventes" }).isVisible()).toBe(true);
      const api = await getJson<KpiValuesResponse>(page, "/api/kpis/values?keys=bookings");
      const shown = await catalogue.value(catalogue.row("bookings"));
      expect(plainSpaces(shown.text)).toBe(
        plainSpaces(formatKpiValue(api.values[0]?.value ?? null, "currency", api.currency, "fr")),
      );
      expect(await catalogue.row("bookings").getByText("Montant").isVisible()).toBe(true);
      await snap(page, "performance-kpi-catalogue-fr");
    } finally {
      await page.request.patch("/api/me", { data: { locale: "en" }, headers: { origin: suite.baseUrl } });
    }
  });
});

describe("Goals and alerts", () => {
  it("a manager sets a goal for a rep and sees the API's progress; an off-track goal rings the bell", async () => {
    const { page } = suite;
    const person = await repPerson();
    await signInAs(page, manager);
    const goals = new GoalsPage(page);
    await goals.open();

    const name = `Q4 bookings ${salt}`;
    await goals.create({
      name,
      personName: person.fullName,
      kpiName: "Bookings vs target",
      target: "150000",
      startsOn: "2026-10-01",
      deadline: "2026-12-31",
      milestone: { label: "November", dueOn: "2026-11-30", target: "100000" },
    });
    const card = goals.card(name);
    await card.waitFor();
    const { goals: list } = await getJson<{ goals: GoalDto[] }>(page, `/api/goals?personId=${person.id}`);
    const goal = list.find((g) => g.name === name);
    if (!goal) throw new Error("the goal was not created");
    expect(goal.target).toMatch(/^150000(\.0+)?$/);
    expect(goal.owner.personId).toBe(person.id);
    const shown = await goals.progress(card);
    expect(shown.ratio).toBe(goal.progress.ratio ?? "");
    expect(shown.value).toBe(goal.progress.value ?? "");
    expect(shown.status).toBe(goal.progress.status);
    expect(shown.label).toContain(formatKpiValue(goal.progress.value, "currency", "EUR", "en"));
    await snap(page, "performance-goals");

    // An unreachable goal is off track: reading it raises an alert to the rep's manager (the caller).
    const far = `Unreachable ${salt}`;
    await goals.create({
      name: far,
      personName: person.fullName,
      kpiName: "Bookings vs target",
      target: "900000000",
      startsOn: "2026-10-01",
      deadline: "2026-12-31",
    });
    await goals.card(far).getByRole("link", { name: far }).click();
    await page.getByTestId("goal-detail").waitFor();
    expect(await page.getByTestId("goal-status").getAttribute("data-status")).toBe("off_track");
    await snap(page, "performance-goal-detail");

    await page.reload();
    const inbox = await getJson<NotificationsResponse>(page, "/api/notifications");
    expect(inbox.unread).toBeGreaterThan(0);
    const bell = page.getByRole("button", { name: `Notifications, ${inbox.unread} unread` });
    await bell.waitFor();
    await bell.click();
    const alert = page.locator("[data-testid=notification][data-kind=goal_off_track]").first();
    await alert.waitFor();
    const link = alert.getByRole("link");
    expect(await link.getAttribute("href")).toMatch(/^\/goals\/[0-9a-f-]{36}$/);
    await snap(page, "performance-notifications");
    await page.getByRole("button", { name: "Mark all read" }).click();
    await page.getByRole("button", { name: "Notifications, 0 unread" }).waitFor();
  });
});

describe("Evaluations", () => {
  it("the manager scores the rep and submits; the rep sees the submitted evaluation beside their KPIs", async () => {
    const { page } = suite;
    const person = await repPerson();
    await signInAs(page, manager);
    const { templates } = await getJson<{ templates: EvaluationTemplateDto[] }>(
      page,
      "/api/evaluation-templates",
    );
    const template = templates[0];
    if (!template) throw new Error("no evaluation template");
    const evaluations = new EvaluationsPage(page);
    await evaluations.open();
    const periodKey = await evaluations.choosePeriodToScore(person.id);
    await evaluations.openFor(person.id);
    const scores = Object.fromEntries(
      template.criteria.map((c, i) => [
        c.label,
        Math.min(template.scale.max, template.scale.min + 1 + (i % 3)),
      ]),
    );
    await evaluations.score(scores);
    const first = template.criteria[0];
    if (first) await evaluations.comment(first.label, `Steady progress ${salt}`);
    await evaluations.submit();

    const { evaluations: stored } = await getJson<{ evaluations: EvaluationDto[] }>(
      page,
      `/api/evaluations?personId=${person.id}&templateId=${template.id}`,
    );
    const submitted = stored.find((e) => e.periodKey === periodKey);
    if (!submitted) throw new Error("no evaluation for the period");
    expect(submitted.status).toBe("submitted");
    for (const c of template.criteria) expect(submitted.scores[c.key]).toBe(scores[c.label]);
    if (first) expect(submitted.comments[first.key]).toBe(`Steady progress ${salt}`);
    await snap(page, "performance-evaluations-manager");

    await page.context().clearCookies();
    await signInAs(page, rep);
    await evaluations.open();
    const own = evaluations.table.locator(`[data-testid=review-row][data-person-id="${person.id}"]`, {
      hasText: periodKey,
    });
    expect(await own.getAttribute("data-status")).toBe("submitted");
    await own.getByRole("button").click();
    await evaluations.form.waitFor();
    expect(await evaluations.form.getByRole("button", { name: "Submit" }).count()).toBe(0);
    const kpis = await evaluations.repKpis();
    const api = await getJson<KpiValuesResponse>(
      page,
      `/api/kpis/values?keys=${Object.keys(kpis).join(",")}&personId=${person.id}&period=${submitted.periodKey}`,
    );
    for (const v of api.values) expect(kpis[v.key]).toBe(v.value ?? "");
    await snap(page, "performance-evaluations-rep");
  });
});

describe("Evaluation templates", () => {
  it("HR sees the default template's criteria and scale in the editor", async () => {
    const { page } = suite;
    await signInAs(page, "hr@demo.attain.dev");
    const { templates } = await getJson<{ templates: EvaluationTemplateDto[] }>(
      page,
      "/api/evaluation-templates",
    );
    const template = templates[0];
    if (!template) throw new Error("no evaluation template");
    await page.goto("/evaluations");
    await page.getByRole("tab", { name: "Templates" }).click();
    const editor = page.getByRole("form", { name: "Evaluation template" });
    await editor.waitFor();
    expect(await editor.getByLabel(/^Name/).inputValue()).toBe(template.name);
    for (const [i, c] of template.criteria.entries()) {
      expect(await editor.getByLabel(`Criterion ${i + 1} name`).inputValue()).toBe(c.label);
      expect(await editor.getByLabel(`Criterion ${i + 1} weight`).inputValue()).toBe(c.weight);
    }
    expect(await editor.getByLabel("Scale to").inputValue()).toBe(String(template.scale.max));
    await snap(page, "performance-evaluation-templates");
  });
});

describe("Feedback", () => {
  it("a rep logs feedback on a lead; it is listed and stored as theirs", async () => {
    const { page } = suite;
    await signInAs(page, rep);
    const feedback = new FeedbackPage(page);
    await feedback.open();
    const subject = `Lead had no budget ${salt}`;
    await feedback.logLeadFeedback({
      subject,
      body: "Asked for a demo, no project this year.",
      sentiment: "Negative",
    });
    await feedback.row(subject).waitFor();
    const stored = await getJson<FeedbackPageDto>(page, "/api/feedback?kind=lead_feedback&pageSize=500");
    const entry = stored.items.find((e) => e.subject === subject);
    if (!entry) throw new Error("the feedback was not stored");
    expect(entry.sentiment).toBe("negative");
    expect(entry.person?.id).toBe((await getMe(page)).person?.id);
    await snap(page, "performance-feedback");
  });

  it("an import's dry run lists the rejected row and field and writes nothing; the corrected file imports", async () => {
    const { page } = suite;
    await signInAs(page, admin);
    const { items } = await getJson<{ items: { externalId: string; name: string }[] }>(
      page,
      "/api/accounts?limit=1",
    );
    const account = items[0];
    if (!account) throw new Error("no account");
    const header = "external_id,kind,account,received_on,rating,severity,subject";
    const good = `FB-${salt}-1,customer_feedback,${account.externalId},2026-11-02,4,,Smooth onboarding ${salt}`;
    const bad = `FB-${salt}-2,customer_feedback,${account.externalId},2026-11-03,9,,Out of scale ${salt}`;
    const complaint = `FB-${salt}-3,complaint,${account.externalId},2026-11-04,,high,Late delivery ${salt}`;

    const feedback = new FeedbackPage(page);
    await feedback.open();
    const panel = new FeedbackImportPanel(page);
    await panel.choose("feedback.csv", [header, good, bad, complaint].join("\n"));
    expect(await panel.check()).toMatch(/rejected; nothing was imported/);
    const errors = await panel.errors();
    expect(errors.some((e) => e.row === "3" && e.field === "rating")).toBe(true);
    await snap(page, "performance-feedback-import");
    const none = await getJson<FeedbackPageDto>(page, "/api/feedback?kind=customer_feedback&pageSize=500");
    expect(none.items.some((e) => e.subject === `Smooth onboarding ${salt}`)).toBe(false);

    await panel.choose("feedback.csv", [header, good, complaint].join("\n"));
    expect(await panel.check()).toBe("2 rows are valid and ready to import.");
    expect(await panel.run()).toBe("2 rows imported.");
    const all = await getJson<FeedbackPageDto>(page, "/api/feedback?pageSize=500");
    const imported = all.items.filter((e) => e.externalId?.startsWith(`FB-${salt}-`));
    expect(imported.map((e) => [e.kind, e.rating, e.severity]).sort()).toEqual([
      ["complaint", null, "high"],
      ["customer_feedback", 4, null],
    ]);
  });
});
