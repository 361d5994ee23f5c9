import { describe, expect, it } from "vitest";
import { cellsInDirection } from "./step-cell";

const size = { rows: 3, cols: 13 };

describe("cellsInDirection", () => {
  it("ArrowDown from row 0, March (col 2): rows 1 and 2 of March", () =>
    expect(cellsInDirection({ row: 0, col: 2 }, "ArrowDown", size)).toEqual([
      { row: 1, col: 2 },
      { row: 2, col: 2 },
    ]));
  it("ArrowRight from December (col 11): the annual column (12), then the edge", () =>
    expect(cellsInDirection({ row: 1, col: 11 }, "ArrowRight", size)).toEqual([{ row: 1, col: 12 }]));
  it("ArrowUp from the first row: nowhere to go", () =>
    expect(cellsInDirection({ row: 0, col: 0 }, "ArrowUp", size)).toEqual([]));
  it("Enter is not a move", () => expect(cellsInDirection({ row: 0, col: 0 }, "Enter", size)).toBeNull());
});
