import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pinZipTimestamps } from "./pin-zip-timestamps";

async function workbookAt(now: string): Promise<Buffer> {
  vi.setSystemTime(new Date(now));
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date("2026-01-01T00:00:00Z");
  workbook.modified = new Date("2026-01-01T00:00:00Z");
  workbook.addWorksheet("One").addRow(["a", 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("pinZipTimestamps", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("two zips written at different times differ, and are equal once pinned to one instant", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const early = await workbookAt("2026-03-01T08:00:00Z");
    const late = await workbookAt("2026-03-02T19:31:07Z");
    expect(late.equals(early)).toBe(false);
    const instant = new Date("2026-03-15T09:30:00Z");
    expect(pinZipTimestamps(late, instant).equals(pinZipTimestamps(early, instant))).toBe(true);
  });

  it("writes the DOS time and date of the instant in UTC (09:30:00 → 0x4bc0, 2026-03-15 → 0x5c6f)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const pinned = pinZipTimestamps(
      await workbookAt("2026-03-01T08:00:00Z"),
      new Date("2026-03-15T09:30:00Z"),
    );
    // The first local header: time at byte 10, date at byte 12.
    expect(pinned.readUInt16LE(10)).toBe((9 << 11) | (30 << 5));
    expect(pinned.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (3 << 5) | 15);
    await expect(new ExcelJS.Workbook().xlsx.load(pinned as unknown as ArrayBuffer)).resolves.toBeDefined();
  });

  it("refuses a file that is not a zip", () => {
    expect(() => pinZipTimestamps(Buffer.from("not a zip at all, not at all"), new Date())).toThrow(
      /not a zip/,
    );
  });
});
