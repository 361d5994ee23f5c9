import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScenarioSummary } from "../../api/planning-types";

const colors = { draft: "orange", published: "teal", archived: "gray" } as const;

/** Draft, archived, or "Plan of record v2". */
export function ScenarioStatusBadge({ scenario }: { scenario: ScenarioSummary }) {
  const { t } = useTranslation();
  // The plan of record says so (with its version) in one badge; the others say their status, and archived ones
  // their version too.
  if (scenario.planOfRecord)
    return (
      <Group gap={4} wrap="nowrap" data-testid="scenario-status" data-status={scenario.status}>
        <Badge variant="filled" color="teal" tt="none" data-testid="plan-of-record" style={{ flex: "none" }}>
          {t("planning.planOfRecordVersion", { version: scenario.version ?? 0 })}
        </Badge>
      </Group>
    );
  return (
    <Group gap={4} wrap="nowrap" data-testid="scenario-status" data-status={scenario.status}>
      <Badge variant="light" color={colors[scenario.status]} tt="none" style={{ flex: "none" }}>
        {t(`planning.status.${scenario.status}`)}
      </Badge>
      {scenario.version !== null ? (
        <Badge variant="outline" color="gray" tt="none" style={{ flex: "none" }}>
          {t("planning.versionNumber", { version: scenario.version })}
        </Badge>
      ) : null}
    </Group>
  );
}
