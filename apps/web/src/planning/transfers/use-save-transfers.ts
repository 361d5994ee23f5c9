import type { Scenario } from "../../api/planning-types";
import { useSaveAssumptions } from "../../api/use-planning";
import type { QuotaTransfer } from "./quota-transfer";

/** Saves the scenario's assumptions with another list of transfers, against the revision the page shows. */
export function useSaveTransfers(scenario: Scenario) {
  const save = useSaveAssumptions(scenario.id);
  return {
    ...save,
    saveTransfers: (transfers: QuotaTransfer[], onSaved?: () => void) =>
      save.mutate(
        { baseRevision: scenario.revision, assumptions: { ...scenario.assumptions, transfers } },
        { onSuccess: () => onSaved?.() },
      ),
  };
}
