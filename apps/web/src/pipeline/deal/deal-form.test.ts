import { describe, expect, it } from "vitest";
import { ApiProblem } from "../../api/api-fetch";
import type { PipelineOpportunity } from "../../api/pipeline-types";
import { errorsUnder, fieldErrors, otherErrors } from "../shared/field-errors";
import { dealToForm, fieldOfPath, formToPatch } from "./deal-form";

const deal: PipelineOpportunity = {
  id: "o1",
  externalId: "OPP-1",
  name: "Acme renewal",
  accountId: "a1",
  accountName: "Acme",
  ownerId: "p1",
  ownerName: "Rep One",
  stage: "Discover",
  stageKnown: true,
  status: "open",
  type: "renewal",
  motion: "expansion_renewal",
  source: null,
  forecastCategory: "pipeline",
  amount: "12000.00",
  currency: "EUR",
  reportingAmount: "12000.00",
  probability: "0.2500",
  weighted: "3000.00",
  closeDate: "2026-12-15",
  createdOn: "2026-09-01",
  ageDays: 82,
  daysInStage: 20,
  lastActivityOn: null,
  pushCount: 0,
  nextStep: null,
  nextStepDue: null,
  contactCount: 1,
  qualification: { budget: true, stray: true },
  flags: [],
};
const before = dealToForm(deal, ["budget", "authority"]);

describe("dealToForm", () => {
  it("holds text, and one checkbox per configured item (unknown keys dropped, missing ones unchecked)", () =>
    expect(before).toEqual({
      stage: "Discover",
      amount: "12000.00",
      closeDate: "2026-12-15",
      forecastCategory: "pipeline",
      nextStep: "",
      nextStepDue: "",
      contactCount: "1",
      qualification: { budget: true, authority: false },
    }));
});

describe("formToPatch", () => {
  it("nothing changed → an empty patch", () =>
    expect(formToPatch(before, before)).toEqual({ ok: true, patch: {} }));

  it("sends only what changed: stage and a French decimal comma 12500,50 → 12500.50", () =>
    expect(formToPatch(before, { ...before, stage: "Propose", amount: "12500,50" })).toEqual({
      ok: true,
      patch: { stage: "Propose", amount: "12500.50" },
    }));

  it("a ticked checklist item sends the whole checklist", () =>
    expect(formToPatch(before, { ...before, qualification: { budget: true, authority: true } })).toEqual({
      ok: true,
      patch: { qualification: { budget: true, authority: true } },
    }));

  it("contact count 3 is sent as the number 3; next step trimmed", () =>
    expect(formToPatch(before, { ...before, contactCount: " 3 ", nextStep: " Demo " })).toEqual({
      ok: true,
      patch: { contactCount: 3, nextStep: "Demo" },
    }));

  it("refuses text that is not a number, by field, and sends nothing", () =>
    expect(formToPatch(before, { ...before, amount: "12k", contactCount: "two", stage: "Propose" })).toEqual({
      ok: false,
      errors: { amount: "decimal", contactCount: "wholeNumber" },
    }));

  it("a cleared amount or close date is refused (the API cannot unset them)", () =>
    expect(formToPatch(before, { ...before, amount: "", closeDate: "" })).toEqual({
      ok: false,
      errors: { amount: "required", closeDate: "required" },
    }));

  it("a negative amount is left to the server to refuse (its message names the rule)", () =>
    expect(formToPatch(before, { ...before, amount: "-5" })).toEqual({ ok: true, patch: { amount: "-5" } }));
});

describe("server errors on the form", () => {
  const problem = new ApiProblem(422, "Invalid", undefined, [
    { path: "stage", message: "Entry criteria of Propose not met: next step" },
    { path: "body.stage", message: "missing checklist: budget" },
    { path: "qualification.champion", message: "not a qualification item" },
    { path: "owner", message: "cannot change" },
  ]);
  const errors = fieldErrors(problem);

  it("groups messages by path, 'body.' dropped", () =>
    expect(errors.get("stage")).toBe(
      "Entry criteria of Propose not met: next step; missing checklist: budget",
    ));
  it("a checklist key's error shows under the checklist", () =>
    expect(fieldOfPath("qualification.champion")).toBe("qualification"));
  it("an error no field shows is kept for the form's alert", () =>
    expect(otherErrors(errors, (path) => fieldOfPath(path) !== null)).toEqual(["owner: cannot change"]));
  it("a network failure has no field errors", () => expect(fieldErrors(new Error("x")).size).toBe(0));
});

describe("errorsUnder", () => {
  const errors = new Map([
    ["stages.3.entryCriteria.checklist.0", "not a qualification item key"],
    ["stages.3.entryCriteria", "too many"],
    ["stages.30.name", "duplicate"],
  ]);
  it("collects a path and everything below it", () =>
    expect(errorsUnder(errors, "stages.3.entryCriteria")).toBe("not a qualification item key; too many"));
  it("stages.3 does not pick up stages.30", () =>
    expect(errorsUnder(errors, "stages.3.name")).toBeUndefined());
});
