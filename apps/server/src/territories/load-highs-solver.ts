import highsLoader from "highs";
import { createHighsSolver, type MilpSolver } from "@attain/engine";

let loading: Promise<MilpSolver> | null = null;

/**
 * HiGHS compiled to WASM, loaded once per process on first use (a few MB to instantiate; most requests never need
 * it). A failed load is forgotten, so the next optimisation tries again.
 */
export function loadHighsSolver(): Promise<MilpSolver> {
  loading ??= highsLoader()
    .then((highs) => createHighsSolver(highs))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
