/** What this module uses of the `arima` package (WASM port of ctsa). */
export type ArimaModel = {
  train(ts: number[]): ArimaModel;
  predict(steps: number): [number[], number[]];
  destroy?(): void;
};
export type ArimaOptions = {
  p?: number;
  d?: number;
  q?: number;
  P?: number;
  D?: number;
  Q?: number;
  s?: number;
  auto?: boolean;
  verbose?: boolean;
};
export type ArimaConstructor = new (options: ArimaOptions) => ArimaModel;

let loaded: Promise<ArimaConstructor | null> | undefined;

/**
 * The `arima` package when it is installed, else null: a comparison, never required, so it is imported dynamically
 * (and once) and its absence only removes the SARIMA column.
 */
export function loadArima(): Promise<ArimaConstructor | null> {
  loaded ??= import("arima").then(
    (module: { default?: unknown }) => (module.default ?? module) as ArimaConstructor,
    () => null,
  );
  return loaded;
}
