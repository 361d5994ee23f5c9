import { Anchor, Badge, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SegmentationSummary } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";

type Props = {
  runs: readonly SegmentationSummary[];
  selectedId: string | undefined;
  onSelect: (run: SegmentationSummary) => void;
  testId: string;
};

/** Runs as a table: name, kind, from when, as of when, coverage. Used for those in force and for one name's history. */
export function SegmentationsTable({ runs, selectedId, onSelect, testId }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid={testId} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("segmentation.runs.name")}</Table.Th>
            <Table.Th scope="col">{t("segmentation.runs.kind")}</Table.Th>
            <Table.Th scope="col">{t("segmentation.runs.validFrom")}</Table.Th>
            <Table.Th scope="col">{t("segmentation.runs.asOf")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.runs.segments")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.runs.segmented")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr
              key={run.id}
              data-testid="segmentation-row"
              data-run-id={run.id}
              data-name={run.name}
              bg={run.id === selectedId ? "var(--mantine-color-blue-light)" : undefined}
            >
              <Table.Th scope="row" fw={500}>
                <Anchor component="button" type="button" onClick={() => onSelect(run)}>
                  {run.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Badge variant="light">{t(`segmentation.kinds.${run.kind}`)}</Badge>
              </Table.Td>
              <Table.Td>{formatDate(run.validFrom, locale)}</Table.Td>
              <Table.Td>{formatDate(run.asOf, locale)}</Table.Td>
              <Table.Td className="num">{run.segments}</Table.Td>
              <Table.Td className="num">
                {t("segmentation.runs.coverage", {
                  segmented: formatCount(run.segmented, locale),
                  accounts: formatCount(run.accounts, locale),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
