import { describe, expect, it } from "vitest";
import { neutraliseCell, writeCsv } from "./write-csv";

describe("writeCsv", () => {
  it("neutralises =, +, -, @ and tab at the start of text, never amounts", () => {
    expect(["=SUM(A1)", "+1", "-2", "@x", "\tcmd", "Ana"].map(neutraliseCell)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tcmd",
      "Ana",
    ]);
    expect(writeCsv([["-Bob", { amount: "-15.00" }]])).toBe("'-Bob,-15.00\r\n");
  });

  it("quotes commas, quotes and line breaks (RFC 4180), one CRLF per row", () => {
    expect(
      writeCsv([
        ['Smith, "Jo"', "a\nb"],
        ["x", { amount: "1.00" }],
      ]),
    ).toBe('"Smith, ""Jo""","a\nb"\r\nx,1.00\r\n');
  });
});
