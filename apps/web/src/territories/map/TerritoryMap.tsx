import { Box, Group, Paper, SegmentedControl, Skeleton, Text } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryMapData } from "../../api/territory-types";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { toIntlLocale } from "../../format/locale";
import { buildMapScene, type MapPoint } from "./map-scene";
import { MapLegend } from "./MapLegend";
import { MapTooltip } from "./MapTooltip";
import { useAtlas } from "./use-atlas";

type Props = {
  data: TerritoryMapData;
  /** Colour per territory key (shared by every map of the page, so before and after match). */
  colours: Map<string, string>;
  currency: string;
  height?: number;
  /** Account → territory to show instead of the current one (a rebalance's "after"). */
  assignment?: ReadonlyMap<string, string>;
  moved?: ReadonlySet<string>;
  testId?: string;
  title?: string;
};

/**
 * The plan on a map: the plan's countries (and US states), each account a circle sized by potential and coloured by
 * territory, the territories' bases as diamonds. SVG: a few thousand circles draw in well under a frame's budget,
 * and stay inspectable (hover, tests); the scene is computed once per data and size.
 */
export function TerritoryMap({
  data,
  colours,
  currency,
  height = 460,
  assignment,
  moved,
  testId,
  title,
}: Props) {
  const { t } = useTranslation();
  const atlas = useAtlas();
  const { ref, width } = useElementSize();
  const [hovered, setHovered] = useState<MapPoint | null>(null);
  const [focus, setFocus] = useState("all");
  const locale = useAppLocale();
  const countryName = useMemo(
    () => new Intl.DisplayNames([toIntlLocale(locale)], { type: "region" }),
    [locale],
  );
  const scene = useMemo(
    () =>
      atlas.data && width > 0
        ? buildMapScene({
            world: atlas.data.world,
            context: atlas.data.context,
            states: atlas.data.states,
            countries: data.countries,
            territories: data.territories,
            accounts: data.accounts,
            colours,
            size: { width, height, padding: 16 },
            assignment,
            moved,
            focus: focus === "all" ? undefined : [focus],
          })
        : null,
    [atlas.data, width, height, data, colours, assignment, moved, focus],
  );
  const territoryName = useMemo(
    () => new Map(data.territories.map((x) => [x.id, x.name])),
    [data.territories],
  );
  const movedCount = scene?.points.filter((p) => p.moved).length ?? 0;

  return (
    <Paper withBorder radius="md" p="xs" data-testid={testId ?? "territory-map"}>
      <Group justify="space-between" mb={4} wrap="wrap">
        {title ? (
          <Text fw={600} size="sm">
            {title}
          </Text>
        ) : (
          <span />
        )}
        {data.countries.length > 1 ? (
          <SegmentedControl
            size="xs"
            value={focus}
            onChange={(value) => {
              setHovered(null);
              setFocus(value);
            }}
            data={[
              { value: "all", label: t("territories.map.all") },
              ...data.countries.map((c) => ({ value: c, label: countryName.of(c) ?? c })),
            ]}
            aria-label={t("territories.map.zoom")}
            data-testid="map-focus"
          />
        ) : null}
      </Group>
      <Box ref={ref} pos="relative" h={height}>
        {atlas.isError ? <ApiError error={atlas.error} /> : null}
        {!scene && !atlas.isError ? <Skeleton h={height} /> : null}
        {scene ? (
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={t("territories.map.label", { count: scene.points.length })}
            data-testid="map-svg"
            data-accounts={scene.points.length}
            data-moved={movedCount}
            style={{ display: "block", background: "var(--mantine-color-blue-0)" }}
            onMouseLeave={() => setHovered(null)}
          >
            <g>
              {scene.countries.map((c) => (
                <path
                  key={c.id + c.name}
                  d={c.d}
                  fill={c.selected ? "var(--mantine-color-white)" : "var(--mantine-color-gray-2)"}
                  stroke="var(--mantine-color-gray-5)"
                  strokeWidth={0.6}
                />
              ))}
              {scene.states.map((s) => (
                <path key={s.id} d={s.d} fill="none" stroke="var(--mantine-color-gray-4)" strokeWidth={0.5} />
              ))}
            </g>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: the hover card is a pointer aid; the accounts tab lists the same figures */}
            <g
              onMouseMove={(event) => {
                const index = (event.target as Element).getAttribute("data-index");
                setHovered(index === null ? null : (scene.points[Number(index)] ?? null));
              }}
            >
              {scene.points.map((p, i) => (
                <circle
                  key={p.id}
                  data-index={i}
                  data-account-id={p.id}
                  data-moved={p.moved || undefined}
                  cx={p.x}
                  cy={p.y}
                  r={p.r}
                  fill={p.colour}
                  fillOpacity={moved && moved.size > 0 && !p.moved ? 0.25 : 0.75}
                  stroke={p.moved ? "#000" : "#fff"}
                  strokeWidth={p.moved ? 1.5 : 0.5}
                />
              ))}
            </g>
            <g data-testid="map-bases">
              {scene.bases.map((b) => (
                <rect
                  key={b.territoryId}
                  x={b.x - 5}
                  y={b.y - 5}
                  width={10}
                  height={10}
                  transform={`rotate(45 ${b.x} ${b.y})`}
                  fill={b.colour}
                  stroke="#000"
                  strokeWidth={1.2}
                >
                  <title>{t("territories.map.base", { name: b.name })}</title>
                </rect>
              ))}
            </g>
          </svg>
        ) : null}
        {hovered ? (
          <MapTooltip
            point={hovered}
            territory={hovered.territoryId ? (territoryName.get(hovered.territoryId) ?? null) : null}
            currency={currency}
            width={width}
          />
        ) : null}
      </Box>
      {scene ? (
        <MapLegend
          territories={data.territories}
          points={scene.points}
          colours={colours}
          withoutCoordinates={data.withoutCoordinates}
        />
      ) : null}
    </Paper>
  );
}
