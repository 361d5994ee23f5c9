import { useEffect, useState } from "react";
import type { PlanDefinition, PlanValidation } from "../../api/comp-types";
import { validatePlan } from "../../api/use-comp-plans";

/** The server's validation of the draft, asked `delayMs` after the last edit (older answers are dropped). */
export function usePlanValidation(
  body: { definition: PlanDefinition } | { yaml: string } | null,
  delayMs = 400,
) {
  const [state, setState] = useState<{
    validation: PlanValidation | null;
    checking: boolean;
    failed: boolean;
  }>({
    validation: null,
    checking: false,
    failed: false,
  });
  const key = body === null ? null : JSON.stringify(body);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      validatePlan(JSON.parse(key) as { definition: PlanDefinition } | { yaml: string })
        .then((validation) => current && setState({ validation, checking: false, failed: false }))
        .catch(() => current && setState((s) => ({ ...s, checking: false, failed: true })));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, delayMs]);

  return state;
}
