export type CellPosition = { row: number; col: number };

const moves: Record<string, CellPosition> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

/**
 * The cells to try, nearest first, when an arrow key is pressed in the grid: straight on in the key's direction
 * until the edge (a row without an editable cell there is skipped). Null for other keys.
 */
export function cellsInDirection(
  from: CellPosition,
  key: string,
  size: { rows: number; cols: number },
): CellPosition[] | null {
  const move = moves[key];
  if (!move) return null;
  const cells: CellPosition[] = [];
  let { row, col } = from;
  for (;;) {
    row += move.row;
    col += move.col;
    if (row < 0 || col < 0 || row >= size.rows || col >= size.cols) return cells;
    cells.push({ row, col });
  }
}
