import { compareAmounts } from "../money/compare-amounts";
import { sumAmounts } from "../money/sum-amounts";
import type { Component, MboComponent } from "./plan";
import {
  checkCaps,
  checkFilter,
  checkGate,
  checkMeasure,
  checkNotNegative,
  checkRateTableRef,
  checkTierTableRef,
  type PartChecks,
} from "./validate-plan-component-parts";

/** Per component: measures and tables it names exist, its rates and amounts are not negative, caps are positive. */
export function checkComponents(c: PartChecks): void {
  if (c.plan.components.length === 0) c.report(["components"], "a plan needs at least one component");
  c.plan.components.forEach((component, i) => {
    checkComponent(c, component, ["components", i]);
  });
}

function checkComponent(c: PartChecks, component: Component, at: (string | number)[]): void {
  const path = (...rest: (string | number)[]) => [...at, ...rest];
  switch (component.kind) {
    case "commission": {
      checkMeasure(c, component.measure, path("measure"));
      checkFilter(c, component.filter, path("filter"));
      const { rate } = component;
      if (rate.kind === "flat") checkNotNegative(c, rate.rate, path("rate", "rate"), "rate");
      else if (rate.kind === "rate_table") checkRateTableRef(c, rate.table, path("rate", "table"));
      else checkTierTableRef(c, rate.table, path("rate", "table"), null);
      if (component.multiplier !== undefined) {
        checkTierTableRef(c, component.multiplier.table, path("multiplier", "table"), "a multiplier");
        checkGate(c, component.multiplier.gate, path("multiplier", "gate"));
      }
      checkGate(c, component.gate, path("gate"));
      break;
    }
    case "attainment_bonus":
      checkTierTableRef(c, component.table, path("table"), "an attainment bonus");
      checkNotNegative(c, component.targetShare, path("targetShare"), "targetShare");
      checkGate(c, component.gate, path("gate"));
      break;
    case "mbo":
      checkMbo(c, component, at);
      break;
    case "spif":
      checkMeasure(c, component.measure, path("measure"));
      checkFilter(c, component.filter, path("filter"));
      if ("perDeal" in component.payout) {
        checkNotNegative(c, component.payout.perDeal, path("payout", "perDeal"), "perDeal");
      } else checkNotNegative(c, component.payout.rate, path("payout", "rate"), "rate");
      break;
    case "override":
      checkMeasure(c, component.measure, path("measure"));
      if (component.rate.kind === "flat")
        checkNotNegative(c, component.rate.rate, path("rate", "rate"), "rate");
      else checkTierTableRef(c, component.rate.table, path("rate", "table"), "an override");
      checkNotNegative(c, component.threshold, path("threshold"), "threshold");
      break;
    case "formula":
      // The formula itself is compiled by validate-plan-formulas.
      break;
  }
  if (component.kind !== "mbo") checkCaps(c, component.caps, path("caps"));
}

// Weights add up to 1, so a score of 1 on every objective pays exactly targetAmount.
function checkMbo(c: PartChecks, component: MboComponent, at: (string | number)[]): void {
  const { objectives } = component;
  if (objectives.length === 0) c.report([...at, "objectives"], `MBO '${component.name}' has no objectives`);
  objectives.forEach((objective, i) => {
    if (objectives.findIndex((o) => o.key === objective.key) !== i) {
      c.report([...at, "objectives", i, "key"], `objective key "${objective.key}" is used twice`);
    }
    checkNotNegative(c, objective.weight, [...at, "objectives", i, "weight"], "weight");
  });
  const total = sumAmounts(objectives.map((o) => o.weight));
  if (objectives.length > 0 && compareAmounts(total, "1") !== 0) {
    c.report([...at, "objectives"], `MBO '${component.name}': objective weights add up to ${total}, not 1`);
  }
  checkNotNegative(c, component.targetAmount, [...at, "targetAmount"], "targetAmount");
  if (compareAmounts(component.maxScore, "0") <= 0) {
    c.report([...at, "maxScore"], `maxScore must be greater than 0, got ${component.maxScore}`);
  }
}
