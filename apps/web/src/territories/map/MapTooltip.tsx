import { Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMoney } from "../../comp/shared/use-money";
import type { MapPoint } from "./map-scene";

type Props = { point: MapPoint; territory: string | null; currency: string; width: number };

/** The hovered account: name, territory, potential, tier (placed beside the circle, inside the map). */
export function MapTooltip({ point, territory, currency, width }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const left = point.x > width - 240 ? point.x - 230 : point.x + 12;
  return (
    <Paper
      shadow="md"
      p="xs"
      withBorder
      pos="absolute"
      top={Math.max(0, point.y - 10)}
      left={Math.max(0, left)}
      w={220}
      style={{ pointerEvents: "none", zIndex: 2 }}
      data-testid="map-tooltip"
    >
      <Text fw={600} size="sm">
        {point.name}
      </Text>
      <Text size="xs">{territory ?? t("territories.unassigned")}</Text>
      <Text size="xs">{t("territories.map.potential", { amount: money(point.potential, currency) })}</Text>
      <Text size="xs">{t("territories.map.tier", { tier: point.tier ?? "—" })}</Text>
      {point.moved ? (
        <Text size="xs" fw={600}>
          {t("territories.map.moved")}
        </Text>
      ) : null}
    </Paper>
  );
}
