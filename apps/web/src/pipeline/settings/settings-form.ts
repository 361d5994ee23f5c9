import {
  type CriteriaField,
  criteriaFields,
  type ForecastCategory,
  type PipelineSettings,
  type PipelineSettingsInput,
  type PipelineStage,
  type QualificationItem,
  type StageCriteria,
  type StageOutcome,
} from "../../api/pipeline-types";

/** A stage row as the editor holds it: numbers as text; criteria as one list of "field:…" / "item:…" choices. */
export type StageForm = {
  name: string;
  outcome: StageOutcome;
  probability: string;
  forecastCategory: ForecastCategory;
  maxDaysInStage: string;
  entry: string[];
  exit: string[];
};

export type SettingsForm = {
  stages: StageForm[];
  framework: string;
  items: QualificationItem[];
  stalledAfterDays: string;
  pushedAfter: string;
  amountCutShare: string;
};

const fieldPrefix = "field:";
const itemPrefix = "item:";

export function criteriaToChoices(criteria: StageCriteria): string[] {
  return [
    ...criteria.requiredFields.map((f) => `${fieldPrefix}${f}`),
    ...criteria.checklist.map((k) => `${itemPrefix}${k}`),
  ];
}

export function choicesToCriteria(choices: readonly string[]): StageCriteria {
  const requiredFields = criteriaFields.filter((f) => choices.includes(`${fieldPrefix}${f}`));
  const checklist = choices.filter((c) => c.startsWith(itemPrefix)).map((c) => c.slice(itemPrefix.length));
  return { requiredFields, checklist };
}

export function choiceOfField(field: CriteriaField): string {
  return `${fieldPrefix}${field}`;
}

export function choiceOfItem(key: string): string {
  return `${itemPrefix}${key}`;
}

export function settingsToForm(settings: PipelineSettings): SettingsForm {
  return {
    stages: [...settings.stages]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        name: s.name,
        outcome: s.outcome,
        probability: s.probability,
        forecastCategory: s.forecastCategory,
        maxDaysInStage: s.maxDaysInStage === null ? "" : String(s.maxDaysInStage),
        entry: criteriaToChoices(s.entryCriteria),
        exit: criteriaToChoices(s.exitCriteria),
      })),
    framework: settings.qualification.framework,
    items: settings.qualification.items.map((i) => ({ ...i })),
    stalledAfterDays: String(settings.stalledAfterDays),
    pushedAfter: String(settings.pushedAfter),
    amountCutShare: settings.amountCutShare,
  };
}

const wholeNumber = /^\d+$/;
const decimal = /^\d+(\.\d+)?$/;

export type SettingsResult =
  | { ok: true; input: PipelineSettingsInput }
  | { ok: false; errors: Map<string, string> };

/**
 * The PUT body, positions 0…n−1 in the order shown. Numbers that cannot be parsed are refused here, at the path the
 * server would use (`stages.2.maxDaysInStage`); every business rule (one won stage, probabilities 0–1, unique names)
 * is the server's, so its 422 is shown at the same paths.
 */
export function formToSettings(
  form: SettingsForm,
  messages: { wholeNumber: string; decimal: string },
): SettingsResult {
  const errors = new Map<string, string>();
  const whole = (path: string, text: string): number => {
    if (!wholeNumber.test(text.trim())) errors.set(path, messages.wholeNumber);
    return Number(text.trim());
  };
  const ratio = (path: string, text: string): string => {
    const value = text.trim().replace(",", ".");
    if (!decimal.test(value)) errors.set(path, messages.decimal);
    return value;
  };
  const stages: PipelineStage[] = form.stages.map((s, position) => ({
    name: s.name.trim(),
    position,
    outcome: s.outcome,
    probability: ratio(`stages.${position}.probability`, s.probability),
    forecastCategory: s.forecastCategory,
    entryCriteria: choicesToCriteria(s.entry),
    exitCriteria: choicesToCriteria(s.exit),
    maxDaysInStage:
      s.maxDaysInStage.trim() === "" ? null : whole(`stages.${position}.maxDaysInStage`, s.maxDaysInStage),
  }));
  const input: PipelineSettingsInput = {
    stages,
    qualification: {
      framework: form.framework.trim(),
      items: form.items.map((i) => ({ key: i.key.trim(), label: i.label.trim() })),
    },
    stalledAfterDays: whole("stalledAfterDays", form.stalledAfterDays),
    pushedAfter: whole("pushedAfter", form.pushedAfter),
    amountCutShare: ratio("amountCutShare", form.amountCutShare),
  };
  return errors.size > 0 ? { ok: false, errors } : { ok: true, input };
}

/** Moves a stage up (−1) or down (+1); out of range does nothing. */
export function moveStage(stages: readonly StageForm[], index: number, delta: -1 | 1): StageForm[] {
  const target = index + delta;
  const next = [...stages];
  const moving = next[index];
  const other = next[target];
  if (moving === undefined || other === undefined) return next;
  next[index] = other;
  next[target] = moving;
  return next;
}

/** A new open stage, inserted before the first won/lost stage so closed outcomes stay last. */
export function addStage(stages: readonly StageForm[], name: string): StageForm[] {
  const stage: StageForm = {
    name,
    outcome: "open",
    probability: "0.10",
    forecastCategory: "pipeline",
    maxDaysInStage: "",
    entry: [],
    exit: [],
  };
  const firstClosed = stages.findIndex((s) => s.outcome !== "open");
  const at = firstClosed === -1 ? stages.length : firstClosed;
  return [...stages.slice(0, at), stage, ...stages.slice(at)];
}

export function removeStage(stages: readonly StageForm[], index: number): StageForm[] {
  return stages.filter((_, i) => i !== index);
}

/** Removing a checklist item also removes it from every stage's criteria (else the server refuses the save). */
export function removeItem(form: SettingsForm, index: number): SettingsForm {
  const key = form.items[index]?.key;
  const drop = (choices: string[]) => choices.filter((c) => c !== choiceOfItem(key ?? ""));
  return {
    ...form,
    items: form.items.filter((_, i) => i !== index),
    stages:
      key === undefined
        ? form.stages
        : form.stages.map((s) => ({ ...s, entry: drop(s.entry), exit: drop(s.exit) })),
  };
}
