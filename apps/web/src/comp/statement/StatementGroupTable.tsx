import { Button, Group, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatementLine } from "../../api/comp-types";
import type { StatementGroup } from "./group-statement-lines";

/** Lines shown per component before "Show all": a rep with 170 deals still sees every component on one screen. */
export const linesShownAtFirst = 10;

type Props = {
  group: StatementGroup;
  money: (amount: string) => string;
  canDispute: boolean;
  onExplain: (line: StatementLine) => void;
  onDispute: (line: StatementLine) => void;
};

/** One component of a statement: its subtotal and lines, each with "Why this number?" (and, for the payee, "Dispute"). */
export function StatementGroupTable({ group, money, canDispute, onExplain, onDispute }: Props) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const lines = all ? group.lines : group.lines.slice(0, linesShownAtFirst);
  const hidden = group.lines.length - lines.length;

  return (
    <Paper withBorder radius="md" p="xs" data-testid="statement-group">
      <Table layout="fixed">
        <caption style={{ captionSide: "top", textAlign: "left", padding: 4 }}>
          <Group justify="space-between">
            <Text fw={700}>
              {group.component}{" "}
              <Text span size="sm" c="dimmed" fw={400}>
                {t("comp.statement.lineCount", { count: group.lines.length })}
              </Text>
            </Text>
            <Text fw={700} className="num" data-amount={group.subtotal}>
              {money(group.subtotal)}
            </Text>
          </Group>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              {t("comp.statement.line")}
            </Table.Th>
            <Table.Th scope="col">{t("comp.statement.transaction")}</Table.Th>
            <Table.Th scope="col" ta="right" w="16%">
              {t("comp.amount")}
            </Table.Th>
            <Table.Th scope="col" w={canDispute ? 300 : 170}>
              <VisuallyHidden>{t("comp.statement.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr
              key={line.id}
              data-testid="statement-line"
              data-line-id={line.id}
              data-amount={line.amount}
            >
              <Table.Td>{t(`comp.lineKinds.${line.kind}`, { defaultValue: line.kind })}</Table.Td>
              <Table.Td ff="monospace" fz="xs" style={{ overflowWrap: "anywhere" }}>
                {line.transactionId ?? "—"}
              </Table.Td>
              <Table.Td className="num">{money(line.amount)}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => onExplain(line)}
                    aria-label={t("comp.statement.whyFor", {
                      amount: money(line.amount),
                      component: line.component,
                    })}
                  >
                    {t("comp.statement.why")}
                  </Button>
                  {canDispute ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="orange"
                      onClick={() => onDispute(line)}
                      aria-label={t("comp.statement.disputeFor", {
                        amount: money(line.amount),
                        component: line.component,
                      })}
                    >
                      {t("comp.statement.dispute")}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 || all ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => setAll((a) => !a)}
          data-testid="statement-group-toggle"
        >
          {all ? t("comp.showFewer") : t("comp.showAll", { count: group.lines.length })}
        </Button>
      ) : null}
    </Paper>
  );
}
