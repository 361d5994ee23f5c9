import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MapTerritory } from "../../api/territory-types";
import type { MapPoint } from "./map-scene";
import { UNASSIGNED_COLOUR } from "./territory-colours";

type Props = {
  territories: MapTerritory[];
  points: MapPoint[];
  colours: Map<string, string>;
  withoutCoordinates: number;
};

/** One swatch per territory with its number of accounts on this map, then the unassigned and the unplaced. */
export function MapLegend({ territories, points, colours, withoutCoordinates }: Props) {
  const { t } = useTranslation();
  const counts = new Map<string | null, number>();
  for (const p of points) counts.set(p.territoryId, (counts.get(p.territoryId) ?? 0) + 1);
  const unassigned = counts.get(null) ?? 0;
  const sorted = [...territories].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Group gap="xs" mt="xs" data-testid="map-legend">
      {sorted.map((territory) => (
        <Swatch
          key={territory.id}
          colour={colours.get(territory.key) ?? UNASSIGNED_COLOUR}
          label={`${territory.name} (${counts.get(territory.id) ?? 0})`}
        />
      ))}
      {unassigned > 0 ? (
        <Swatch colour={UNASSIGNED_COLOUR} label={`${t("territories.unassigned")} (${unassigned})`} />
      ) : null}
      <Text size="xs" c="dimmed">
        {t("territories.map.legendHint")}
        {withoutCoordinates > 0
          ? ` ${t("territories.map.withoutCoordinates", { count: withoutCoordinates })}`
          : ""}
      </Text>
    </Group>
  );
}

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span
        aria-hidden
        style={{ width: 10, height: 10, borderRadius: 5, background: colour, display: "inline-block" }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
