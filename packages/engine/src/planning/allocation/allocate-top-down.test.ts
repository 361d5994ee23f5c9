import { describe, expect, it } from "vitest";
import { allocateTopDown } from "./allocate-top-down";
import { allocationExample } from "./allocation-example";

const byId = (input = allocationExample()) =>
  Object.fromEntries(allocateTopDown(input).nodes.map((node) => [node.id, node]));

describe("allocateTopDown — the worked example (docs/calculations/quota-planning.md)", () => {
  it("regions: East (0.6 × 400k/600k + 0.4 × 600k/1,000k) = 0.64 → 640,000; West 0.36 → 360,000", () => {
    const nodes = byId();
    expect(nodes.company?.childrenTotal).toBe("1000000.00");
    expect(nodes["region:east"]?.annual).toBe("640000.00");
    expect(nodes["region:west"]?.annual).toBe("360000.00");
    expect(nodes["region:east"]?.share).toBe("0.640000");
  });

  it("Team A's reps carry 640,000 × 1.1 = 704,000: Ann 704 × 0.716667 = 504.53 units, Bob 199.47; the last unit to Ann's larger remainder → 505,000 and 199,000", () => {
    const nodes = byId();
    expect(nodes["team:a"]?.childrenTotal).toBe("704000.00");
    expect(nodes["person:ann"]?.annual).toBe("505000.00");
    expect(nodes["person:bob"]?.annual).toBe("199000.00");
    expect(nodes["person:cy"]?.annual).toBe("396000.00");
  });

  it("Ann's months: 505,000 × 0.06, 0.07, … = 30,300, 35,350, 40,400 …, 60,600, summing to 505,000", () => {
    expect(byId()["person:ann"]?.months).toEqual([
      "30300.00",
      "35350.00",
      "40400.00",
      "40400.00",
      "40400.00",
      "45450.00",
      "35350.00",
      "35350.00",
      "45450.00",
      "45450.00",
      "50500.00",
      "60600.00",
    ]);
  });

  it("traces the share in words and figures", () => {
    const ann = byId()["person:ann"];
    expect(ann?.trace[0]).toBe(
      "share 0.716667 = (history 0.6 × 300000/400000 + capacity 0.4 × 400000/600000) ÷ 1.0 of the 704000.00 for team:a's children = 504.5333 units → 505 units of 1000 (largest remainder) = 505000.00",
    );
  });

  it("orders depth first, siblings by name", () => {
    expect(allocateTopDown(allocationExample()).nodes.map((n) => `${n.depth}:${n.name}`)).toEqual([
      "0:Acme",
      "1:East",
      "2:Team A",
      "3:Ann",
      "3:Bob",
      "1:West",
      "2:Team B",
      "3:Cy",
    ]);
  });
});
