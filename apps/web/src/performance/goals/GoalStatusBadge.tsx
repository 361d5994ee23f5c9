import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { GoalDto } from "../../api/performance-types";

const colours: Record<string, string> = {
  on_track: "teal",
  achieved: "teal",
  at_risk: "yellow",
  off_track: "red",
  missed: "red",
  not_started: "gray",
  cancelled: "gray",
};

/** The goal's state in words (not colour alone): cancelled, else the progress status. */
export function GoalStatusBadge({ goal }: { goal: GoalDto }) {
  const { t } = useTranslation();
  const status = goal.status === "cancelled" ? "cancelled" : goal.progress.status;
  return (
    <Badge color={colours[status] ?? "gray"} variant="light" data-testid="goal-status" data-status={status}>
      {t(`performance.goals.status.${status}`)}
    </Badge>
  );
}
