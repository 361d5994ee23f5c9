import { Badge, Button, Group, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { GridRow, SubmissionAction } from "../../api/planning-types";
import { submissionActions } from "./submission-actions";

const statusColor = { draft: "gray", submitted: "blue", approved: "teal", rejected: "red" } as const;

type Props = {
  row: GridRow;
  /** Planners and managers act on submissions; the server decides who may do what to which node. */
  canAct: boolean;
  canApprove: boolean;
  /** The caller's display name: their own submissions are not theirs to approve. */
  callerName: string;
  busy: boolean;
  onAction: (nodeId: string, action: SubmissionAction) => void;
};

/** A team's or region's submission: its status, and the next steps (submit, recall, approve, reject). */
export function SubmissionActions({ row, canAct, canApprove, callerName, busy, onAction }: Props) {
  const { t } = useTranslation();
  if (row.kind !== "team" && row.kind !== "region") return null;
  const status = row.submission?.status ?? "draft";
  const actions = submissionActions(row, { canAct, canApprove, name: callerName });
  const who = row.submission?.by ? t("planning.submission.by", { name: row.submission.by }) : undefined;
  return (
    <Group gap={4} wrap="nowrap" data-testid="submission" data-status={status}>
      <Tooltip label={who} disabled={!who}>
        <Badge size="xs" variant="light" color={statusColor[status]} tt="none" style={{ flex: "none" }}>
          {t(`planning.submission.${status}`)}
        </Badge>
      </Tooltip>
      {actions.map((action) => (
        <Button
          key={action}
          size="compact-xs"
          variant={action === "reject" ? "subtle" : "light"}
          color={action === "reject" ? "red" : undefined}
          disabled={busy}
          onClick={() => onAction(row.nodeId, action)}
          aria-label={t(`planning.submission.${action}For`, { name: row.name })}
          data-action={action}
          style={{ flex: "none" }}
        >
          {t(`planning.submission.${action}`)}
        </Button>
      ))}
    </Group>
  );
}
