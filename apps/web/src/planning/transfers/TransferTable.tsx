import { Button, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Grid } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatMonth } from "../../format/format-date";
import { formatShare } from "../shared/format-plan-amount";
import { PersonAnnualChange } from "./PersonAnnualChange";
import type { QuotaTransfer } from "./quota-transfer";
import { transferEffect } from "./transfer-effects";

/** The scenario's transfers in the order they apply, each with what it did to its two people's annuals. */
export function TransferTable({
  transfers,
  grid,
  previews,
  currency,
  removable,
  removing,
  onRemove,
}: {
  transfers: readonly QuotaTransfer[];
  grid: Grid;
  /** Grid with the first i transfers, i = 0 … n (empty when there are no previews). */
  previews: readonly (Grid | undefined)[];
  currency: string;
  removable: boolean;
  removing: number | null;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const names = new Map(grid.rows.map((r) => [r.nodeId, r.name]));
  const annual = new Map(grid.rows.map((r) => [r.nodeId, r.annual]));
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped withTableBorder data-testid="transfer-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("planning.transfers.from")}</Table.Th>
            <Table.Th>{t("planning.transfers.to")}</Table.Th>
            <Table.Th>{t("planning.transfers.effectiveMonth")}</Table.Th>
            <Table.Th ta="right">{t("planning.transfers.moved")}</Table.Th>
            <Table.Th>{t("planning.transfers.reason")}</Table.Th>
            {removable ? (
              <Table.Th>
                <VisuallyHidden>{t("planning.transfers.actions")}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transfers.map((transfer, index) => {
            const effect = transferEffect(transfer, names, previews[index], previews[index + 1]);
            return (
              <Table.Tr
                // Transfers have no id: their place in the list is what the API names them by.
                // biome-ignore lint/suspicious/noArrayIndexKey: the index is the transfer's identity
                key={index}
                data-testid="transfer-row"
                data-index={index}
                data-from={transfer.fromNodeId}
                data-to={transfer.toNodeId}
              >
                <Table.Td>
                  <PersonAnnualChange
                    effect={effect.from}
                    current={annual.get(transfer.fromNodeId) ?? null}
                    currency={currency}
                    testId="transfer-from"
                  />
                </Table.Td>
                <Table.Td>
                  <PersonAnnualChange
                    effect={effect.to}
                    current={annual.get(transfer.toNodeId) ?? null}
                    currency={currency}
                    testId="transfer-to"
                  />
                </Table.Td>
                <Table.Td>{formatMonth(transfer.effectiveMonth, locale, "long")}</Table.Td>
                <Table.Td ta="right" data-testid="transfer-moved">
                  {transfer.share !== undefined
                    ? t("planning.transfers.shareOf", { share: formatShare(transfer.share, locale) })
                    : money(transfer.amount ?? "0", currency)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={transfer.reason}>
                    {transfer.reason}
                  </Text>
                </Table.Td>
                {removable ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={removing === index}
                      disabled={removing !== null}
                      onClick={() => onRemove(index)}
                      aria-label={t("planning.transfers.removeOne", {
                        from: effect.from.name,
                        to: effect.to.name,
                      })}
                      data-testid="transfer-remove"
                    >
                      {t("planning.transfers.remove")}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
