import { kpiCatalogue } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { exportDictionaries } from "./export-labels";
import { exportFileName } from "./export-file-name";
import { kpiNamesFr } from "./kpi-names-fr";
import { uniqueSheetName } from "./unique-sheet-name";

describe("export words", () => {
  it("English and French labels have the same keys, none empty", () => {
    expect(Object.keys(exportDictionaries.fr).sort()).toEqual(Object.keys(exportDictionaries.en).sort());
    for (const words of Object.values(exportDictionaries)) {
      for (const word of Object.values(words)) expect(word.length).toBeGreaterThan(0);
    }
  });

  it("every built-in KPI has a French name", () => {
    expect(kpiCatalogue.map((kpi) => kpi.key).filter((key) => !kpiNamesFr[key])).toEqual([]);
  });

  it("file names are lower-case ASCII, dashes, the period and the extension", () => {
    expect(exportFileName('Équipe "Nord" / Q3;\r\nx', { from: "2026-07", to: "2026-09" }, "pdf")).toBe(
      "equipe-nord-q3-x-2026-07_2026-09.pdf",
    );
    expect(exportFileName("***", { from: "2026-11", to: "2026-11" }, "xlsx")).toBe("dashboard-2026-11.xlsx");
    expect(exportFileName("Q3 close", { takenOn: "2026-10-01" }, "pdf")).toBe("q3-close-2026-10-01.pdf");
  });

  it("sheet names: no forbidden characters, at most 31 characters, unique case-insensitively", () => {
    const used = new Set<string>();
    expect(uniqueSheetName("Bookings [EUR]: a/b?", used)).toBe("Bookings  EUR   a b");
    expect(uniqueSheetName("bookings  eur   a b", used)).toBe("bookings  eur   a b (2)");
    const long = uniqueSheetName("A".repeat(40), used);
    expect(long).toBe("A".repeat(31));
    expect(uniqueSheetName("a".repeat(40), used)).toBe(`${"a".repeat(27)} (2)`);
  });
});
