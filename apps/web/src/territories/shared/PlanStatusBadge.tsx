import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TerritoryPlanSummary } from "../../api/territory-types";

const colors = { draft: "orange", published: "teal", archived: "gray" } as const;

/** "Plan of record v2", "Draft", or "Archived v1". */
export function PlanStatusBadge({ plan }: { plan: TerritoryPlanSummary }) {
  const { t } = useTranslation();
  const label = plan.planOfRecord
    ? t("territories.status.planOfRecord", { version: plan.version ?? 0 })
    : plan.version !== null
      ? `${t(`territories.status.${plan.status}`)} · v${plan.version}`
      : t(`territories.status.${plan.status}`);
  return (
    <Badge
      variant={plan.planOfRecord ? "filled" : "light"}
      color={plan.planOfRecord ? "teal" : colors[plan.status]}
      tt="none"
      data-testid="plan-status"
      data-status={plan.status}
    >
      {label}
    </Badge>
  );
}
