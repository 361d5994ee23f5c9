import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SegmentProfile } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { formatShare } from "../../planning/shared/format-plan-amount";
import { formatGrowth } from "./format-growth";
import { profileTotals } from "./profile-totals";

type Props = {
  profiles: readonly SegmentProfile[];
  currency: string;
  /** Opens the accounts of a segment (the runs page); absent in a preview. */
  onOpenSegment?: (segment: string) => void;
};

/** One line per segment: how many accounts, what they buy, could buy, win, order and grow; the total below. */
export function ProfilesTable({ profiles, currency, onOpenSegment }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const totals = profileTotals(profiles);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="profiles-table" highlightOnHover={onOpenSegment !== undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("segmentation.profiles.segment")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.accounts")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.revenue")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.potential")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.winRate")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.averageOrder")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.profiles.growth")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profiles.map((p) => (
            <Table.Tr
              key={p.segment}
              data-testid="profile-row"
              data-segment={p.segment}
              data-accounts={p.accounts}
              data-revenue={p.revenue}
              data-potential={p.potential}
              style={onOpenSegment ? { cursor: "pointer" } : undefined}
              onClick={onOpenSegment ? () => onOpenSegment(p.segment) : undefined}
            >
              <Table.Th scope="row" fw={500}>
                {p.segment}
              </Table.Th>
              <Table.Td className="num">{formatCount(p.accounts, locale)}</Table.Td>
              <Table.Td className="num">{money(p.revenue, currency)}</Table.Td>
              <Table.Td className="num">{money(p.potential, currency)}</Table.Td>
              <Table.Td className="num">{formatShare(p.winRate, locale)}</Table.Td>
              <Table.Td className="num">
                {p.averageOrder === null ? "—" : money(p.averageOrder, currency)}
              </Table.Td>
              <Table.Td className="num">{formatGrowth(p.growth, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr
            data-testid="profiles-total"
            data-revenue={totals.revenue}
            data-potential={totals.potential}
          >
            <Table.Th scope="row">{t("segmentation.profiles.total")}</Table.Th>
            <Table.Td className="num" fw={600}>
              {formatCount(totals.accounts, locale)}
            </Table.Td>
            <Table.Td className="num" fw={600}>
              {money(totals.revenue, currency)}
            </Table.Td>
            <Table.Td className="num" fw={600}>
              {money(totals.potential, currency)}
            </Table.Td>
            <Table.Td colSpan={3} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
