import type { PipelineOpportunity } from "../../api/pipeline-types";
import type { Me } from "../../api/types";

/**
 * Whether to offer the edit form. The API allows the owner, a manager above the owner and admins; the page cannot see
 * the reporting lines, so every manager gets the form and the server refuses (403, shown) outside their tree.
 * Closed deals are history: no form.
 */
export function mayEditDeal(
  me: Pick<Me, "role" | "person">,
  deal: Pick<PipelineOpportunity, "ownerId" | "status">,
) {
  if (deal.status !== "open") return false;
  if (me.role === "admin" || me.role === "manager") return true;
  return me.role === "rep" && me.person !== null && me.person.id === deal.ownerId;
}
