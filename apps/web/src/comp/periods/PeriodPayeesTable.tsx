import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PeriodPayee } from "../../api/comp-types";
import { useMoney } from "../shared/use-money";

/** Each payee's payable, adjustments and what payroll pays, with their manager approval. */
export function PeriodPayeesTable({ payees }: { payees: readonly PeriodPayee[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (payees.length === 0) return <Text c="dimmed">{t("comp.periods.noPayees")}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="period-payees">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span size="sm" c="dimmed">
            {t("comp.periods.payeesCaption")}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("comp.payee")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.earned")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.payable")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.adjustments")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("comp.toPay")}
            </Table.Th>
            <Table.Th scope="col">{t("comp.periods.managerApproval")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payees.map((p) => (
            <Table.Tr key={p.personId} data-person-id={p.personId} data-to-pay={p.payableWithAdjustments}>
              <Table.Th scope="row" fw={500}>
                {p.name}
              </Table.Th>
              <Table.Td className="num">{money(p.earned, p.currency)}</Table.Td>
              <Table.Td className="num">{money(p.payable, p.currency)}</Table.Td>
              <Table.Td className="num">{money(p.adjustments, p.currency)}</Table.Td>
              <Table.Td className="num" fw={600}>
                {money(p.payableWithAdjustments, p.currency)}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={p.managerApproval ? "teal" : "gray"} tt="none">
                  {p.managerApproval ? t("comp.periods.approved") : t("comp.periods.awaiting")}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
