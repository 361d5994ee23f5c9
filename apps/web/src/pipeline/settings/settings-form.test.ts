import { describe, expect, it } from "vitest";
import type { PipelineSettings } from "../../api/pipeline-types";
import {
  addStage,
  choicesToCriteria,
  criteriaToChoices,
  formToSettings,
  moveStage,
  removeItem,
  removeStage,
  settingsToForm,
} from "./settings-form";

const none = { requiredFields: [], checklist: [] };
const settings: PipelineSettings = {
  stages: [
    {
      name: "Discover",
      position: 1,
      outcome: "open",
      probability: "0.2500",
      forecastCategory: "pipeline",
      entryCriteria: { requiredFields: ["amount"], checklist: ["budget"] },
      exitCriteria: none,
      maxDaysInStage: 30,
    },
    {
      name: "Qualify",
      position: 0,
      outcome: "open",
      probability: "0.1000",
      forecastCategory: "pipeline",
      entryCriteria: none,
      exitCriteria: none,
      maxDaysInStage: null,
    },
    {
      name: "Closed Won",
      position: 2,
      outcome: "won",
      probability: "1",
      forecastCategory: "closed",
      entryCriteria: none,
      exitCriteria: none,
      maxDaysInStage: null,
    },
  ],
  qualification: {
    framework: "BANT",
    items: [
      { key: "budget", label: "Budget" },
      { key: "authority", label: "Authority" },
    ],
  },
  stalledAfterDays: 30,
  pushedAfter: 2,
  amountCutShare: "0.20",
  updatedAt: null,
  unknownStages: [],
};
const messages = { wholeNumber: "whole", decimal: "decimal" };

describe("criteria choices", () => {
  it("fields and checklist items in one list, and back (fields in the API's order)", () => {
    const choices = criteriaToChoices({ requiredFields: ["next_step", "amount"], checklist: ["budget"] });
    expect(choices).toEqual(["field:next_step", "field:amount", "item:budget"]);
    expect(choicesToCriteria(choices)).toEqual({
      requiredFields: ["amount", "next_step"],
      checklist: ["budget"],
    });
  });
});

describe("settingsToForm → formToSettings", () => {
  const form = settingsToForm(settings);

  it("orders stages by position", () =>
    expect(form.stages.map((s) => s.name)).toEqual(["Qualify", "Discover", "Closed Won"]));

  it("round-trips to the PUT body with positions 0…n−1", () => {
    const result = formToSettings(form, messages);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.stages.map((s) => [s.name, s.position, s.maxDaysInStage])).toEqual([
      ["Qualify", 0, null],
      ["Discover", 1, 30],
      ["Closed Won", 2, null],
    ]);
    expect(result.input.stages[1]?.entryCriteria).toEqual({
      requiredFields: ["amount"],
      checklist: ["budget"],
    });
    expect(result.input).toMatchObject({ stalledAfterDays: 30, pushedAfter: 2, amountCutShare: "0.20" });
    expect(result.input).not.toHaveProperty("updatedAt");
    expect(result.input).not.toHaveProperty("unknownStages");
  });

  it("refuses unreadable numbers at the server's paths", () => {
    const stages = form.stages.map((s, i) =>
      i === 1 ? { ...s, probability: "25%", maxDaysInStage: "3.5" } : s,
    );
    const result = formToSettings({ ...form, stages, stalledAfterDays: "-1" }, messages);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.errors]).toEqual([
      ["stages.1.probability", "decimal"],
      ["stages.1.maxDaysInStage", "whole"],
      ["stalledAfterDays", "whole"],
    ]);
  });

  it("a French decimal comma 0,35 is read as 0.35", () => {
    const stages = form.stages.map((s, i) => (i === 0 ? { ...s, probability: "0,35" } : s));
    const result = formToSettings({ ...form, stages }, messages);
    expect(result.ok && result.input.stages[0]?.probability).toBe("0.35");
  });
});

describe("editing the stage list", () => {
  const stages = settingsToForm(settings).stages;
  it("moves Discover up above Qualify", () =>
    expect(moveStage(stages, 1, -1).map((s) => s.name)).toEqual(["Discover", "Qualify", "Closed Won"]));
  it("moving the first stage up does nothing", () =>
    expect(moveStage(stages, 0, -1).map((s) => s.name)).toEqual(["Qualify", "Discover", "Closed Won"]));
  it("a new stage goes before the closed ones", () =>
    expect(addStage(stages, "Propose").map((s) => s.name)).toEqual([
      "Qualify",
      "Discover",
      "Propose",
      "Closed Won",
    ]));
  it("removes by index", () =>
    expect(removeStage(stages, 0).map((s) => s.name)).toEqual(["Discover", "Closed Won"]));
  it("removing the 'budget' item takes it out of Discover's entry criteria", () => {
    const form = removeItem(settingsToForm(settings), 0);
    expect(form.items.map((i) => i.key)).toEqual(["authority"]);
    expect(form.stages[1]?.entry).toEqual(["field:amount"]);
  });
});
