import { Badge, Group, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RiskFlag } from "../../api/pipeline-types";
import { flagDescription, flagTone, sortFlags } from "./risk-flags";

/** A deal's risk flags, most serious first; each badge carries the server's explanation as tooltip and label. */
export function RiskFlagBadges({ flags, size = "xs" }: { flags: readonly RiskFlag[]; size?: "xs" | "sm" }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" role="list" aria-label={t("pipeline.flags.label")}>
      {sortFlags(flags).map((flag) => {
        const label = t(`pipeline.flags.kind.${flag.kind}`);
        const description = flagDescription(label, flag);
        return (
          <Tooltip key={flag.kind} label={description} withArrow multiline maw={280}>
            <Badge
              role="listitem"
              size={size}
              variant="light"
              color={flagTone(flag.kind)}
              tt="none"
              aria-label={description}
              data-testid="risk-flag"
              data-kind={flag.kind}
            >
              {label}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
