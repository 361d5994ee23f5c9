import { Paper, SimpleGrid, Skeleton, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageQuery } from "../../api/pipeline-types";
import { usePipelineCoverage } from "../../api/use-pipeline";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatMoney } from "../../format/format-money";
import { formatAttainment } from "../../format/format-percent";
import { formatMultiple } from "../shared/format-ratio";
import { coverageStatus } from "./coverage-status";

type TileProps = {
  id: string;
  label: string;
  value: string;
  raw: string | null;
  note?: ReactNode;
  tone?: string;
};

function Tile({ id, label, value, raw, note, tone }: TileProps) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`coverage-${id}`} data-value={raw ?? ""}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fz={20} fw={700} className="num" ta="left" c={tone}>
        {value}
      </Text>
      {note ? (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The quarter's target against what is closed and what the open pipeline can still bring (GET /api/pipeline/coverage). */
export function CoverageTiles({ query }: { query: CoverageQuery }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const coverage = usePipelineCoverage(query);
  if (coverage.isError) return <ApiError error={coverage.error} testId="coverage-error" />;
  const data = coverage.data;
  if (!data) return <Skeleton h={92} />;
  const money = (amount: string) => formatMoney(amount, data.currency, locale);
  const status = coverageStatus(data);
  const tone = status.covered === null ? undefined : status.covered ? "teal.7" : "red.7";

  return (
    <section aria-label={t("pipeline.coverage.title", { period: data.period.label })} data-testid="coverage">
      <Text size="sm" fw={600} mb={4}>
        {t("pipeline.coverage.title", { period: data.period.label })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Tile
          id="target"
          label={t("pipeline.coverage.target")}
          value={money(data.target)}
          raw={data.target}
        />
        <Tile
          id="closedWon"
          label={t("pipeline.coverage.closedWon")}
          value={money(data.closedWon)}
          raw={data.closedWon}
        />
        <Tile
          id="remaining"
          label={t("pipeline.coverage.remaining")}
          value={money(data.remaining)}
          raw={data.remaining}
        />
        <Tile
          id="openPipeline"
          label={t("pipeline.coverage.openPipeline")}
          value={money(data.openPipeline)}
          raw={data.openPipeline}
          note={t("pipeline.coverage.weighted", { amount: money(data.weightedPipeline) })}
        />
        <Tile
          id="coverage"
          label={t("pipeline.coverage.coverage")}
          value={formatMultiple(data.coverage, locale)}
          raw={data.coverage}
          tone={tone}
          note={
            data.coverage === null
              ? t("pipeline.coverage.nothingLeft")
              : status.covered
                ? t("pipeline.coverage.covered")
                : t("pipeline.coverage.short")
          }
        />
        <Tile
          id="requiredCoverage"
          label={t("pipeline.coverage.required")}
          value={formatMultiple(data.requiredCoverage, locale)}
          raw={data.requiredCoverage}
          note={t("pipeline.coverage.winRate", { rate: formatAttainment(data.winRate, locale) })}
        />
        <Tile
          id="gap"
          label={status.gap?.kind === "surplus" ? t("pipeline.coverage.surplus") : t("pipeline.coverage.gap")}
          value={status.gap ? money(status.gap.amount) : "—"}
          raw={data.gap}
          tone={status.gap?.kind === "find" ? "red.7" : status.gap ? "teal.7" : undefined}
          note={
            data.expectedFromPipeline === null
              ? undefined
              : data.expectedShareOfRemaining === null
                ? t("pipeline.coverage.expectedOnly", { amount: money(data.expectedFromPipeline) })
                : t("pipeline.coverage.expected", {
                    amount: money(data.expectedFromPipeline),
                    share: formatAttainment(data.expectedShareOfRemaining, locale),
                  })
          }
        />
      </SimpleGrid>
      {data.byMotion.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4} data-testid="coverage-by-motion">
          {data.byMotion
            .map((m) =>
              t("pipeline.coverage.byMotion", {
                motion: t(`pipeline.motion.${m.motion}`),
                closed: money(m.closedWon),
                open: money(m.openPipeline),
              }),
            )
            .join(" · ")}
        </Text>
      ) : null}
    </section>
  );
}
