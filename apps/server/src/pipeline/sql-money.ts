/** A SQL sum of cent-rounded amounts, written to the cent ("0.00" when there was nothing to sum). */
export function sqlMoney(value: string | null | undefined): string {
  if (value === null || value === undefined) return "0.00";
  const [whole = "0", fraction = ""] = value.split(".");
  return `${whole}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}
