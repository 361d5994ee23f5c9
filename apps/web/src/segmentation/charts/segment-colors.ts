// A fixed palette so a segment keeps its colour in every chart of a run (the profile order is the server's).
export const segmentPalette = [
  "#4263eb",
  "#f08c00",
  "#2f9e44",
  "#e03131",
  "#7048e8",
  "#1098ad",
  "#d6336c",
  "#5c940d",
  "#495057",
  "#e8590c",
] as const;

export function segmentColor(index: number): string {
  return segmentPalette[index % segmentPalette.length] ?? "#495057";
}
