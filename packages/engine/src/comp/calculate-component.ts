import type { PayeeContext } from "./build-payee-context";
import { calculateAttainmentBonus } from "./calculate-attainment-bonus";
import { calculateCommission } from "./calculate-commission";
import { calculateFormulaComponent } from "./calculate-formula-component";
import { calculateMbo } from "./calculate-mbo";
import { calculateOverride } from "./calculate-override";
import { calculateSpif } from "./calculate-spif";
import type { DraftLine } from "./draft-line";
import type { Component } from "./plan";

/** One component's lines for the period, before caps. */
export function calculateComponent(ctx: PayeeContext, component: Component): DraftLine[] {
  switch (component.kind) {
    case "commission":
      return calculateCommission(ctx, component);
    case "attainment_bonus":
      return calculateAttainmentBonus(ctx, component);
    case "mbo":
      return calculateMbo(ctx, component);
    case "spif":
      return calculateSpif(ctx, component);
    case "override":
      return calculateOverride(ctx, component);
    case "formula":
      return calculateFormulaComponent(ctx, component);
  }
}
