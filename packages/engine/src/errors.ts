/** The one error the engine throws: its input broke a documented rule. `value` is the offending input. */
export class EngineInputError extends Error {
  readonly value: unknown;

  constructor(message: string, value: unknown) {
    super(message);
    this.name = "EngineInputError";
    this.value = value;
  }
}
