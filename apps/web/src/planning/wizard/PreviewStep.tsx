import { Skeleton, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Grid } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { subtractDecimalStrings } from "../../format/decimal-string";
import { formatPlanAmount, formatShare } from "../shared/format-plan-amount";

type Props = { current: Grid | undefined; preview: Grid | undefined; error: unknown; currency: string };

/** What applying would give, next to what the scenario holds now: the totals, then every team and region. */
export function PreviewStep({ current, preview, error, currency }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  if (error) return <ApiError error={error} testId="preview-error" />;
  if (!preview) return <Skeleton h={240} />;
  const before = new Map((current?.rows ?? []).map((row) => [row.nodeId, row]));
  const changedPeople = preview.rows.filter(
    (row) => row.kind === "person" && before.get(row.nodeId)?.annual !== row.annual,
  ).length;
  const totals = [
    {
      id: "target",
      label: t("planning.figures.target"),
      now: current?.totals.target,
      next: preview.totals.target,
      money: true,
    },
    {
      id: "total-quota",
      label: t("planning.figures.totalQuota"),
      now: current?.totals.totalQuota,
      next: preview.totals.totalQuota,
      money: true,
    },
    {
      id: "over-assignment",
      label: t("planning.figures.overAssignment"),
      now: current?.totals.overAssignment,
      next: preview.totals.overAssignment,
      money: false,
    },
  ];
  const show = (value: string | undefined, isMoney: boolean) =>
    value === undefined ? "—" : isMoney ? money(value, currency) : formatShare(value, locale);

  return (
    <Stack gap="md" data-testid="allocation-preview" data-total-quota={preview.totals.totalQuota}>
      <Table withTableBorder maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("planning.wizard.figure")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.wizard.now")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.wizard.afterApply")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td className="num">{show(row.now, row.money)}</Table.Td>
              <Table.Td className="num" fw={700} data-testid={`preview-${row.id}`} data-value={row.next}>
                {show(row.next, row.money)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">{t("planning.wizard.changedPeople", { count: changedPeople })}</Text>
      <Table.ScrollContainer minWidth={640} maxHeight={360}>
        <Table striped>
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text span size="sm" c="dimmed">
              {t("planning.wizard.previewCaption", { currency })}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.grid.node")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.wizard.now")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.wizard.afterApply")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.compare.delta")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.wizard.childrenCarry")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.grid.unallocated")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows
              .filter((row) => row.kind !== "person")
              .map((row) => {
                const now = before.get(row.nodeId)?.annual;
                return (
                  <Table.Tr key={row.nodeId}>
                    <Table.Th scope="row" fw={row.kind === "team" ? 400 : 600} pl={8 + row.depth * 16}>
                      {row.name}
                    </Table.Th>
                    <Table.Td className="num">
                      {now === undefined ? "—" : formatPlanAmount(now, locale)}
                    </Table.Td>
                    <Table.Td className="num">{formatPlanAmount(row.annual, locale)}</Table.Td>
                    <Table.Td className="num">
                      {now === undefined
                        ? "—"
                        : formatPlanAmount(subtractDecimalStrings(row.annual, now), locale)}
                    </Table.Td>
                    <Table.Td className="num">
                      {row.childrenTotal === null ? "—" : formatPlanAmount(row.childrenTotal, locale)}
                    </Table.Td>
                    <Table.Td className="num">
                      {row.unallocated === null ? "—" : formatPlanAmount(row.unallocated, locale)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
