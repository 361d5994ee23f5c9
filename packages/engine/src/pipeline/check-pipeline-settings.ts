import { compareAmounts } from "../money/compare-amounts";
import type { PipelineConfig } from "./types";

export type SettingsProblem = { path: string; message: string };

const DECIMAL = /^\d+(\.\d+)?$/;
const positiveInteger = (n: number) => Number.isInteger(n) && n > 0;

/**
 * Every problem of a pipeline configuration, each with the path of the value at fault (`stages.2.name`), so a form
 * can show them all at once. An empty list means the configuration can be saved.
 */
export function checkPipelineSettings(config: PipelineConfig): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const itemKeys = new Set<string>();
  config.qualification.items.forEach((item, i) => {
    if (item.key.trim() === "") add(`qualification.items.${i}.key`, "An item needs a key");
    else if (itemKeys.has(item.key))
      add(`qualification.items.${i}.key`, `Duplicate qualification item key "${item.key}"`);
    itemKeys.add(item.key);
    if (item.label.trim() === "") add(`qualification.items.${i}.label`, "An item needs a label");
  });

  if (config.stages.length === 0) add("stages", "At least one stage is needed");
  const names = new Set<string>();
  config.stages.forEach((stage, i) => {
    const at = `stages.${i}`;
    if (stage.name.trim() === "") add(`${at}.name`, "A stage needs a name");
    else if (names.has(stage.name)) add(`${at}.name`, `Duplicate stage name "${stage.name}"`);
    names.add(stage.name);
    if (!DECIMAL.test(stage.probability) || compareAmounts(stage.probability, "1") > 0) {
      add(`${at}.probability`, `A probability is a decimal from 0 to 1, got "${stage.probability}"`);
    } else if (stage.outcome === "won" && compareAmounts(stage.probability, "1") !== 0) {
      add(`${at}.probability`, "A won stage has probability 1");
    } else if (stage.outcome === "lost" && compareAmounts(stage.probability, "0") !== 0) {
      add(`${at}.probability`, "A lost stage has probability 0");
    }
    if (stage.maxDaysInStage !== null && !positiveInteger(stage.maxDaysInStage))
      add(`${at}.maxDaysInStage`, "Days in stage is a whole number above 0, or empty");
    for (const side of ["entryCriteria", "exitCriteria"] as const) {
      stage[side].checklist.forEach((key, k) => {
        if (!itemKeys.has(key))
          add(`${at}.${side}.checklist.${k}`, `"${key}" is not a qualification item key`);
      });
    }
  });
  if (config.stages.length > 0) {
    if (!config.stages.some((s) => s.outcome === "won")) add("stages", "One stage must be a won stage");
    if (!config.stages.some((s) => s.outcome === "lost")) add("stages", "One stage must be a lost stage");
  }

  if (!positiveInteger(config.stalledAfterDays))
    add("stalledAfterDays", "Stalled after is a whole number of days above 0");
  if (!positiveInteger(config.pushedAfter)) add("pushedAfter", "Pushed after is a whole number above 0");
  if (
    !DECIMAL.test(config.amountCutShare) ||
    compareAmounts(config.amountCutShare, "0") <= 0 ||
    compareAmounts(config.amountCutShare, "1") > 0
  )
    add(
      "amountCutShare",
      `The amount cut share is a decimal above 0 and at most 1, got "${config.amountCutShare}"`,
    );
  return problems;
}
