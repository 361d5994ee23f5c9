import { Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { ScatterChart } from "echarts/charts";
import { use } from "echarts/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClusterConfig, ClusterSummary, SegmentProfile } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { EChart } from "../../revenue/EChart";
import { buildClusterScatterOption } from "./build-cluster-scatter-option";
import { buildSilhouetteChartOption } from "./build-silhouette-chart-option";

// The scatter is the only chart of its kind in Attain; the shared chart does not bundle it.
use([ScatterChart]);

type Props = { clusters: ClusterSummary; profiles: readonly SegmentProfile[]; config: ClusterConfig };

/** The clusters' centres on two chosen features, and the silhouette of each k tried (why this k). */
export function ClusterCharts({ clusters, profiles, config }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const features = config.features;
  const [x, setX] = useState(features[0] ?? "");
  const [y, setY] = useState(features[1] ?? features[0] ?? "");
  const label = useCallback(
    (feature: string) =>
      feature.startsWith("attribute:")
        ? feature.slice("attribute:".length)
        : t(`segmentation.fields.${feature}`),
    [t],
  );
  const scatter = useMemo(
    () =>
      buildClusterScatterOption(clusters, profiles, {
        locale,
        x: { feature: x, label: label(x), log: config.logFeatures.some((f) => f === x) },
        y: { feature: y, label: label(y), log: config.logFeatures.some((f) => f === y) },
        accountsLabel: t("segmentation.profiles.accounts"),
      }),
    [clusters, profiles, locale, x, y, config.logFeatures, label, t],
  );
  const silhouette = useMemo(
    () => buildSilhouetteChartOption(clusters, { locale, label: t("segmentation.charts.silhouette") }),
    [clusters, locale, t],
  );
  const options = features.map((f) => ({ value: f, label: label(f) }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="xs">
        <Group gap="sm">
          <Select
            label={t("segmentation.charts.xFeature")}
            data={options}
            value={x}
            onChange={(v) => v && setX(v)}
            allowDeselect={false}
            w={200}
          />
          <Select
            label={t("segmentation.charts.yFeature")}
            data={options}
            value={y}
            onChange={(v) => v && setY(v)}
            allowDeselect={false}
            w={200}
          />
        </Group>
        <EChart
          option={scatter}
          height={320}
          role="img"
          aria-label={t("segmentation.charts.scatterLabel")}
          data-testid="cluster-scatter"
        />
      </Stack>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t("segmentation.charts.silhouetteTitle", { k: clusters.k })}
        </Text>
        <EChart
          option={silhouette}
          height={300}
          role="img"
          aria-label={t("segmentation.charts.silhouetteLabel")}
          data-testid="silhouette-chart"
          data-k={clusters.k}
        />
      </Stack>
    </SimpleGrid>
  );
}
