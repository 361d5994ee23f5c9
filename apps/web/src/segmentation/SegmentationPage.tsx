import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInMe } from "../app/use-signed-in-me";
import { useSearchState } from "../comp/shared/use-search-state";
import { isPlanner } from "../planning/shared/planning-roles";
import { type BuilderStart, SegmentationBuilder } from "./builder/SegmentationBuilder";
import { PotentialPanel } from "./potential/PotentialPanel";
import { SegmentationsPanel } from "./runs/SegmentationsPanel";

const tabs = ["runs", "builder", "potential"] as const;
type SegmentationTab = (typeof tabs)[number];
const isTab = (value: string | undefined): value is SegmentationTab => tabs.some((tab) => tab === value);

/**
 * Account segmentation: the segmentations in force and their accounts, the builder of a new run (planners), and
 * account potential. The tab, the run and the segment are in the URL (`?tab=potential`, `?run=…&segment=A`).
 */
export function SegmentationPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const planner = isPlanner(me.role);
  const search = useSearchState();
  const requested = search.get("tab");
  const tab: SegmentationTab = isTab(requested) && (requested !== "builder" || planner) ? requested : "runs";
  const [start, setStart] = useState<{ key: number; start: BuilderStart | null }>({ key: 0, start: null });
  const shown = planner ? tabs : tabs.filter((id) => id !== "builder");

  return (
    <Stack gap="md" maw={1600} mx="auto" data-testid="segmentation-page">
      <div>
        <Title order={1} size="h2">
          {t("segmentation.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("segmentation.subtitle")}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => search.set({ tab: value === "runs" || !value ? undefined : value })}
        keepMounted={false}
      >
        <Tabs.List>
          {shown.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`tab-${id}`}>
              {t(`segmentation.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="runs" pt="md">
          <SegmentationsPanel
            runId={search.get("run")}
            segment={search.get("segment")}
            onSelect={(run) => search.set({ run, segment: undefined })}
            onSegment={(segment) => search.set({ segment })}
            onStartFrom={
              planner
                ? (from) => {
                    setStart((s) => ({ key: s.key + 1, start: from }));
                    search.set({ tab: "builder" });
                  }
                : undefined
            }
          />
        </Tabs.Panel>
        {planner ? (
          <Tabs.Panel value="builder" pt="md">
            <SegmentationBuilder
              key={start.key}
              start={start.start}
              onSaved={(run) => search.set({ tab: undefined, run: run.id, segment: undefined })}
            />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="potential" pt="md">
          <PotentialPanel planner={planner} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
