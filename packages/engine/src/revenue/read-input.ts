import { tryParseMonth } from "../calendar/civil-date";
import { EngineInputError } from "../errors";
import { type Dec, toDec } from "../money/decimal";
import type { RevenuePerson } from "./types";

// Input checks that name the offending row, e.g. "bookings[3].amount".

export function readAmount(text: string, where: string): Dec {
  try {
    return toDec(text);
  } catch (error) {
    throw new EngineInputError(`${where}: ${(error as Error).message}`, text);
  }
}

export function readMonth(text: string, where: string): string {
  if (!tryParseMonth(text))
    throw new EngineInputError(`${where}: not a month (YYYY-MM): ${JSON.stringify(text)}`, text);
  return text;
}

export function readLines(n: number, where: string): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new EngineInputError(`${where}: a line count is a whole number ≥ 0`, n);
  return n;
}

/** The period's months in time order; a repeated month is a caller bug, so it throws. */
export function readPeriod(months: readonly string[]): string[] {
  const sorted = months.map((m, i) => readMonth(m, `months[${i}]`)).sort();
  sorted.forEach((m, i) => {
    if (i > 0 && sorted[i - 1] === m) throw new EngineInputError(`months: ${m} appears twice`, m);
  });
  return sorted;
}

export function readPeople(people: readonly RevenuePerson[]): Map<string, RevenuePerson> {
  const byId = new Map<string, RevenuePerson>();
  people.forEach((person, i) => {
    if (byId.has(person.id))
      throw new EngineInputError(`people[${i}]: ${person.id} appears twice`, person.id);
    byId.set(person.id, person);
  });
  return byId;
}
