import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TrailStep } from "./node-trail";

type Props = {
  trail: readonly TrailStep[];
  current: string;
  /** Viewing someone named in the URL with no trail (e.g. a shared link): offer the way back to one's own view. */
  showMyView: boolean;
  onClimb: (index: number) => void;
  onMyView: () => void;
};

/** Where the grid's node sits: the managers passed on the way down, each a link back up. */
export function NodeBreadcrumb({ trail, current, showMyView, onClimb, onMyView }: Props) {
  const { t } = useTranslation();
  const steps = [
    ...(showMyView && trail.length === 0
      ? [
          <Anchor key="me" component="button" type="button" size="sm" onClick={onMyView}>
            {t("forecast.trail.myView")}
          </Anchor>,
        ]
      : []),
    ...trail.map((step, index) => (
      <Anchor
        key={step.personId ?? "me"}
        component="button"
        type="button"
        size="sm"
        onClick={() => onClimb(index)}
      >
        {step.name}
      </Anchor>
    )),
    <Text key="current" size="sm" fw={600} aria-current="page">
      {current}
    </Text>,
  ];
  return (
    <nav aria-label={t("forecast.trail.label")} data-testid="forecast-trail">
      <Breadcrumbs separator="›">{steps}</Breadcrumbs>
    </nav>
  );
}
