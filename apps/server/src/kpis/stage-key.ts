/** A stage's key in measure and KPI names: its name in lower case, each run of other characters an underscore. */
export function stageKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
