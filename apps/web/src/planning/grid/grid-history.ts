import type { GridChange } from "../../api/planning-types";

/** One user edit: what was sent, and what takes it back. */
export type GridEdit = { forward: GridChange[]; backward: GridChange[] };

export type GridHistory = { done: GridEdit[]; undone: GridEdit[] };

export const emptyHistory: GridHistory = { done: [], undone: [] };

/** How many edits are kept: older ones fall off the bottom. */
export const historyLimit = 50;

/** A new edit goes on top; anything that was undone can no longer be redone. */
export function recordEdit(history: GridHistory, edit: GridEdit): GridHistory {
  if (edit.forward.length === 0) return history;
  return { done: [...history.done, edit].slice(-historyLimit), undone: [] };
}

/** The edit to take back (send its `backward`), and the history once it has been. */
export function undoEdit(history: GridHistory): { edit: GridEdit; next: GridHistory } | null {
  const edit = history.done.at(-1);
  if (!edit) return null;
  return { edit, next: { done: history.done.slice(0, -1), undone: [...history.undone, edit] } };
}

/** The edit to make again (send its `forward`), and the history once it has been. */
export function redoEdit(history: GridHistory): { edit: GridEdit; next: GridHistory } | null {
  const edit = history.undone.at(-1);
  if (!edit) return null;
  return { edit, next: { done: [...history.done, edit], undone: history.undone.slice(0, -1) } };
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac); anything else is not a history key. */
export function historyKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): "undo" | "redo" | null {
  if (!event.ctrlKey && !event.metaKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y") return "redo";
  return null;
}
