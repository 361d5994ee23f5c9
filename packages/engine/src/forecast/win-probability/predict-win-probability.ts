import { encodeRow } from "./encode-features";
import { dot, sigmoid } from "./fit-logistic-regression";
import { applyPlattScaling } from "./fit-platt-scaling";
import type { WinExample, WinModel } from "./types";

/** The calibrated chance a deal in this state is won. */
export function predictWinProbability(
  model: WinModel,
  state: Pick<WinExample, "categorical" | "numeric">,
): number {
  return applyPlattScaling(
    model.calibration,
    sigmoid(dot(encodeRow(model.encoder, state), model.coefficients)),
  );
}
