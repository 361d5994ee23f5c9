import { describe, expect, it } from "vitest";
import { codesOf } from "../test-issues";
import { allocateTopDown } from "./allocate-top-down";
import { allocationExample } from "./allocation-example";
import { setMonth } from "./set-month";

const planned = () => allocateTopDown(allocationExample()).nodes;
const byId = (nodes: ReturnType<typeof planned>) => Object.fromEntries(nodes.map((n) => [n.id, n]));

describe("setMonth", () => {
  it("Ann's January 30,300 → 40,300: her annual becomes the sum of her months, 515,000; nothing else moves", () => {
    const before = planned();
    const after = byId(setMonth(before, "person:ann", 0, "40300"));
    expect(after["person:ann"]).toMatchObject({ annual: "515000.00" });
    expect(after["person:ann"]?.months[0]).toBe("40300.00");
    expect(after["team:a"]).toEqual(byId(before)["team:a"]);
  });

  it("rejects a team (edit its annual), a month 12 (0–11), a negative amount and more places than the months", () => {
    expect(codesOf(() => setMonth(planned(), "team:a", 0, "1"))).toEqual(["invalid"]);
    expect(codesOf(() => setMonth(planned(), "person:ann", 12, "-1"))).toEqual([
      "bad_month",
      "negative_amount",
    ]);
    expect(codesOf(() => setMonth(planned(), "person:ann", 1, "1.234"))).toEqual(["invalid"]);
  });
});
