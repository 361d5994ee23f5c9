import { describe, expect, it } from "vitest";
import { readRevenueUrl, writeRevenueUrl } from "./read-revenue-url";

const id = "0b0c6f0e-8a57-4c55-9a43-0a1b2c3d4e5f";

describe("revenue URL state", () => {
  it("reads from, to and personId", () =>
    expect(readRevenueUrl(`?from=2026-04&to=2026-06&personId=${id}`)).toEqual({
      from: "2026-04",
      to: "2026-06",
      personId: id,
    }));
  it("drops a reversed range (2026-06 → 2026-04) and a malformed person id", () =>
    expect(readRevenueUrl("?from=2026-06&to=2026-04&personId=rep2")).toEqual({}));
  it("round-trips through writeRevenueUrl", () =>
    expect(readRevenueUrl(writeRevenueUrl({ from: "2025-01", to: "2025-12", personId: id }))).toEqual({
      from: "2025-01",
      to: "2025-12",
      personId: id,
    }));
});
