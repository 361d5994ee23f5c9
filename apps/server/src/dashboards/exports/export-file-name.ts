/**
 * A download's file name that is safe in a `Content-Disposition` header on every system: lower-case ASCII letters,
 * digits and dashes ("Équipe Nord / Q3" → "equipe-nord-q3"), then the period (a live export) or the day a snapshot
 * was taken, and the extension.
 */
export function exportFileName(
  name: string,
  period: { from: string; to: string } | { takenOn: string },
  extension: "pdf" | "xlsx",
) {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "dashboard";
  const range =
    "takenOn" in period
      ? period.takenOn
      : period.from === period.to
        ? period.from
        : `${period.from}_${period.to}`;
  return `${slug}-${range.replace(/[^0-9A-Za-z_-]/g, "")}.${extension}`;
}
