import { EngineInputError } from "../../errors";

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * "1234.5" → 123450n. Roll-ups add hundreds of thousands of amounts, so they are summed as integer cents (exact and
 * an order of magnitude faster than decimal objects); the reporting currency's amounts are already rounded to the cent.
 */
export function toCents(amount: string, what: string): bigint {
  const match = PLAIN_DECIMAL.exec(amount);
  if (!match) {
    throw new EngineInputError(
      `${what}: expected a decimal with at most 2 fraction digits, got ${JSON.stringify(amount)}`,
      amount,
    );
  }
  const cents = BigInt(`${match[2]}${(match[3] ?? "").padEnd(2, "0")}`);
  return match[1] === "-" ? -cents : cents;
}

/** 123450n → "1234.50". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
