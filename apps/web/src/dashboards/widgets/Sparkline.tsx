import { sparklinePaths } from "./sparkline-points";

/** A tile's small trend line (decorative: the trend widget and the drill-down carry the figures). */
export function Sparkline({
  values,
  width = 120,
  height = 28,
}: {
  values: (string | null)[];
  width?: number;
  height?: number;
}) {
  const paths = sparklinePaths(values, width, height - 4);
  if (paths.length === 0) return null;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 -2 ${width} ${height}`}
      aria-hidden="true"
      data-testid="sparkline"
    >
      {paths.map((d) => (
        <path key={d} d={d} fill="none" stroke="var(--mantine-color-indigo-5)" strokeWidth={1.5} />
      ))}
    </svg>
  );
}
