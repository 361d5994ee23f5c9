import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "./read-plan-file";

const examples = new URL("../../../../docs/plans/examples/", import.meta.url);

describe("docs/plans/examples", () => {
  it.each([
    ["ae-plan.yaml", "AE 2025", 2],
    ["sdr-plan.yaml", "SDR 2025", 2],
    ["manager-plan.yaml", "Sales managers 2025", 1],
  ])("%s validates clean: %s with %i components", async (file, name, components) => {
    const result = readPlanFile(await readFile(new URL(file, examples), "utf8"), file);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && [result.plan.name, result.plan.components.length]).toEqual([name, components]);
  });
});
