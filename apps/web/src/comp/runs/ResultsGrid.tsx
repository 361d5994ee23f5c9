import { Table, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ResultRow } from "../../api/comp-types";
import { AttainmentCell } from "../../revenue/AttainmentCell";
import { useMoney } from "../shared/use-money";

type Props = { rows: readonly ResultRow[]; onOpen: (personId: string) => void };

/** One row per payee of a run, by name: plan, earned, payable, attainment; the name opens the payee's statement. */
export function ResultsGrid({ rows, onOpen }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const sorted = [...rows].sort(
    (a, b) => a.personName.localeCompare(b.personName) || a.personId.localeCompare(b.personId),
  );
  if (rows.length === 0) return <Text c="dimmed">{t("comp.runs.noResults")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="results-grid">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span size="sm" c="dimmed">
            {t("comp.runs.resultsCaption")}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("comp.payee")}</Table.Th>
            <Table.Th scope="col">{t("comp.plan")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.earned")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.payable")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.attainment")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.ytdAttainment")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.resultId} data-person-id={row.personId} data-payable={row.payable}>
              <Table.Th scope="row" fw={500}>
                <UnstyledButton
                  className="drill"
                  onClick={() => onOpen(row.personId)}
                  aria-label={t("comp.runs.openStatement", { name: row.personName })}
                  data-testid="result-payee"
                >
                  {row.personName}
                </UnstyledButton>
              </Table.Th>
              <Table.Td>
                {row.planKey} v{row.planVersion}
              </Table.Td>
              <Table.Td className="num">{money(row.earned, row.currency)}</Table.Td>
              <Table.Td className="num" fw={600}>
                {money(row.payable, row.currency)}
              </Table.Td>
              <AttainmentCell ratio={row.attainmentRatio} />
              <AttainmentCell ratio={row.ytdAttainmentRatio} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
