import type { RunProblem, UnassignedPayee } from "../../api/comp-types";

/** A person's name where the engine wrote their id; `null` when nobody was credited. */
export type NameOf = (personId: string) => string | undefined;

/**
 * One line for a group of unassigned credits. The engine's reason often names the person by id ("<id> has no plan"):
 * the id becomes the name, and the name is not repeated in front of it.
 */
export function describeUnassigned(
  group: UnassignedPayee,
  nameOf: NameOf,
): { who: string | null; reason: string } {
  if (group.payeeId === null) return { who: null, reason: group.reason };
  const name = nameOf(group.payeeId) ?? group.payeeId;
  const reason = group.reason.split(group.payeeId).join(name);
  return { who: reason.includes(name) ? null : name, reason };
}

/** A run problem as a sentence: "Name: message", unless the message already names the person. */
export function describeProblem(problem: RunProblem, nameOf: NameOf): string {
  if (!problem.personId) return problem.message;
  const name = nameOf(problem.personId) ?? problem.personId;
  const message = problem.message.split(problem.personId).join(name);
  return message.includes(name) ? message : `${name}: ${message}`;
}
