import { compareAmounts, currencyMinorUnits } from "@attain/engine";
import type { FieldProblem } from "../http/problem";
import type { SubmissionRecord } from "./load-submissions";
import type { Change } from "./schemas";

type CheckNode = { nodeId: string; parentNodeId: string | null; kind: string; name: string; locked: boolean };

/**
 * Every reason the changes cannot be applied, named `changes.<i>.<field>`: an unknown node, a node the caller may not
 * edit, the company (its amount is the target), a month edit on anything but a person, a month outside the year, a
 * negative amount or one finer than the currency, a locked node, a node inside a submitted or approved submission.
 */
export function checkGridChanges(
  changes: readonly Change[],
  context: {
    nodes: ReadonlyMap<string, CheckNode>;
    editable: ReadonlySet<string>;
    months: readonly string[];
    currency: string;
    submissions: ReadonlyMap<string, SubmissionRecord>;
  },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const places = currencyMinorUnits(context.currency);
  changes.forEach((change, i) => {
    const at = (field: string, message: string) => problems.push({ path: `changes.${i}.${field}`, message });
    const node = context.nodes.get(change.nodeId);
    const refused = nodeRefusal(change.nodeId, node, context);
    if (refused !== null || !node) {
      at("nodeId", refused ?? `No node ${change.nodeId} in this scenario.`);
      return;
    }
    const field = "month" in change ? "amount" : "annual";
    const amount = "month" in change ? change.amount : change.annual;
    if ("month" in change) {
      if (node.kind !== "person")
        at(
          "month",
          `${node.name} is a ${node.kind}: edit a person's months, or give the ${node.kind} an annual amount.`,
        );
      else if (!context.months.includes(change.month))
        at(
          "month",
          `${change.month} is not a month of this fiscal year (${context.months[0]} to ${context.months.at(-1)}).`,
        );
    }
    if (compareAmounts(amount, "0") < 0) at(field, `An amount must not be negative, got ${amount}.`);
    else if (decimalPlaces(amount) > places)
      at(field, `${context.currency} amounts have at most ${places} decimal places, got ${amount}.`);
  });
  return problems;
}

/** Why the node itself cannot be edited by the caller, or null. */
function nodeRefusal(
  nodeId: string,
  node: CheckNode | undefined,
  context: Parameters<typeof checkGridChanges>[1],
): string | null {
  if (!node) return `No node ${nodeId} in this scenario.`;
  if (!context.editable.has(node.nodeId))
    return `You may not edit ${node.name}: it is outside the part of the hierarchy you manage.`;
  if (node.kind === "company") return "The company's amount is the target: change it in the assumptions.";
  if (node.locked) return `${node.name} is locked by the assumptions; unlock it there to edit it here.`;
  const frozen = frozenBy(node, context);
  if (frozen)
    return `${node.name} is in ${frozen.name}'s submission, which is ${frozen.status}: recall or reject it first.`;
  return null;
}

/** The nearest submission at or above the node that is submitted or approved (its numbers are under review). */
function frozenBy(
  node: CheckNode,
  context: { nodes: ReadonlyMap<string, CheckNode>; submissions: ReadonlyMap<string, SubmissionRecord> },
): { name: string; status: string } | null {
  let at: CheckNode | undefined = node;
  while (at) {
    const submission = context.submissions.get(at.nodeId);
    if (submission && (submission.status === "submitted" || submission.status === "approved"))
      return { name: at.name, status: submission.status };
    at = at.parentNodeId === null ? undefined : context.nodes.get(at.parentNodeId);
  }
  return null;
}

/** Fraction digits that matter: "12.50" → 1, "12" → 0. */
function decimalPlaces(value: string): number {
  const fraction = value.split(".")[1] ?? "";
  return fraction.replace(/0+$/, "").length;
}
