import type { ArimaConstructor } from "./load-arima";

/**
 * SARIMA forecast with the `arima` package: the "airline" model SARIMA(0,1,1)(0,1,1)_m when there are at least
 * 2m + 2 observations (the package's minimum for a seasonal model), else ARIMA(0,1,1). Null when the package fails
 * on the series or returns a non-finite value, so the caller can show "not available" instead of a wrong number.
 */
export function arimaForecast(
  ARIMA: ArimaConstructor,
  y: readonly number[],
  horizon: number,
  period: number,
): number[] | null {
  const seasonal = period > 1 && y.length >= 2 * period + 2;
  const options = seasonal
    ? { p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, s: period, verbose: false }
    : { p: 0, d: 1, q: 1, verbose: false };
  let model: ReturnType<InstanceType<ArimaConstructor>["train"]> | undefined;
  try {
    model = new ARIMA(options).train([...y]);
    const [mean] = model.predict(horizon);
    const values = Array.from(mean, Number);
    return values.length === horizon && values.every(Number.isFinite) ? values : null;
  } catch {
    return null;
  } finally {
    model?.destroy?.();
  }
}
