/**
 * The SVG polyline of a tile's sparkline: one point per month, spread over `width`, scaled between the series'
 * lowest and highest values (a flat series sits in the middle). Months without a value break the line. Display
 * only, so floats are fine here.
 */
export function sparklinePaths(values: readonly (string | null)[], width: number, height: number): string[] {
  const numbers = values.map((v) => (v === null ? null : Number(v)));
  const known = numbers.filter((n): n is number => n !== null && Number.isFinite(n));
  if (known.length === 0) return [];
  const low = Math.min(...known);
  const high = Math.max(...known);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const yOf = (n: number) => (high === low ? height / 2 : height - ((n - low) / (high - low)) * height);
  const paths: string[] = [];
  let current: string[] = [];
  numbers.forEach((n, i) => {
    if (n === null || !Number.isFinite(n)) {
      if (current.length) paths.push(current.join(" "));
      current = [];
      return;
    }
    current.push(`${current.length ? "L" : "M"}${round(i * step)} ${round(yOf(n))}`);
  });
  if (current.length) paths.push(current.join(" "));
  return paths;
}

const round = (n: number) => Math.round(n * 10) / 10;
