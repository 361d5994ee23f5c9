import { describe, expect, it } from "vitest";
import { checkSplitShares } from "./check-split-shares";

const ana = "00000000-0000-4000-8000-00000000000a";
const ben = "00000000-0000-4000-8000-00000000000b";
const carl = "00000000-0000-4000-8000-00000000000c";

describe("checkSplitShares", () => {
  it("0.1 + 0.2 + 0.7 = 1 exactly (a float sum would be 0.9999999999999999)", () => {
    expect(
      checkSplitShares([
        { personId: ana, share: "0.1", role: "split" },
        { personId: ben, share: "0.2", role: "split" },
        { personId: carl, share: "0.7", role: "split" },
      ]),
    ).toEqual([]);
  });

  it("0.60 + 0.40 = 1.00 counts as 1; overlays (0.5) are not summed", () => {
    expect(
      checkSplitShares([
        { personId: ana, share: "0.60", role: "split" },
        { personId: ben, share: "0.40", role: "split" },
        { personId: carl, share: "0.5", role: "overlay" },
      ]),
    ).toEqual([]);
  });

  it("0.6 + 0.3 = 0.9 is refused, naming `splits` and the sum", () => {
    expect(
      checkSplitShares([
        { personId: ana, share: "0.6", role: "split" },
        { personId: ben, share: "0.3", role: "split" },
      ]),
    ).toEqual([{ path: "splits", message: 'The "split" shares must add up to exactly 1; their sum is 0.9' }]);
  });

  it("0.5 + 0.5 + 0.5 = 1.5 is refused too", () => {
    const splits = [ana, ben, carl].map((personId) => ({ personId, share: "0.5", role: "split" as const }));
    expect(checkSplitShares(splits)).toEqual([
      { path: "splits", message: 'The "split" shares must add up to exactly 1; their sum is 1.5' },
    ]);
  });

  it("overlays only (no split) need no sum; the same person twice in one role is refused at the second entry", () => {
    expect(
      checkSplitShares([
        { personId: ana, share: "0.2", role: "overlay" },
        { personId: ana, share: "1", role: "split" },
        { personId: ana, share: "0.3", role: "overlay" },
      ]),
    ).toEqual([{ path: "splits.2.personId", message: 'This person already has a "overlay" share' }]);
  });
});
