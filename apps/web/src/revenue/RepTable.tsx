import { Table, Text, UnstyledButton } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RevenueVsTarget } from "../api/types";
import { useAppLocale } from "../app/use-app-locale";
import { formatMoney } from "../format/format-money";
import { formatCount } from "../format/format-count";
import { toIntlLocale } from "../format/locale";
import { AttainmentCell } from "./AttainmentCell";
import type { DrillDown } from "./drill-down";
import { SortHeader } from "./SortHeader";
import { nextRepSort, type RepSort, sortReps } from "./sort-reps";

type Props = { data: RevenueVsTarget; onDrill: (drill: DrillDown) => void };

export function RepTable({ data, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [sort, setSort] = useState<RepSort>({ key: "bookings", direction: "desc" });
  const reps = useMemo(() => sortReps(data.reps, sort, toIntlLocale(locale)), [data.reps, sort, locale]);
  const money = (amount: string) => formatMoney(amount, data.currency, locale);
  const onSort = (key: RepSort["key"]) => setSort((current) => nextRepSort(current, key));

  if (data.reps.length === 0) {
    return (
      <Text c="dimmed" p="md">
        {t("revenue.table.noReps")}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover stickyHeader data-testid="rep-table">
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Text span size="sm" c="dimmed">
            {t("revenue.table.repsCaption")}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" label={t("revenue.table.name")} sort={sort} onSort={onSort} />
            <SortHeader
              column="bookings"
              label={t("revenue.table.bookings")}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortHeader
              column="target"
              label={t("revenue.table.target")}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortHeader
              column="attainment"
              label={t("revenue.table.attainment")}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortHeader column="lines" label={t("revenue.table.lines")} sort={sort} onSort={onSort} numeric />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reps.map((rep) => (
            <Table.Tr key={rep.personId} data-person-id={rep.personId}>
              <Table.Th scope="row" fw={500}>
                <span data-testid="rep-name">{rep.name}</span>{" "}
                <Text span size="xs" c="dimmed">
                  {t(`jobRoles.${rep.jobRole}`, { defaultValue: rep.jobRole })}
                </Text>
              </Table.Th>
              <Table.Td className="num">
                <UnstyledButton
                  className="drill"
                  fz="sm"
                  data-testid="rep-bookings"
                  aria-label={t("revenue.table.drillRep", { name: rep.name, amount: money(rep.bookings) })}
                  onClick={() =>
                    onDrill({ kind: "rep", personId: rep.personId, name: rep.name, amount: rep.bookings })
                  }
                >
                  {money(rep.bookings)}
                </UnstyledButton>
              </Table.Td>
              <Table.Td className="num" data-testid="rep-target">
                {money(rep.target)}
              </Table.Td>
              <AttainmentCell ratio={rep.attainment} />
              <Table.Td className="num" data-testid="rep-lines">
                {formatCount(rep.lines, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t("revenue.table.total")}</Table.Th>
            <Table.Td className="num">{money(data.totals.bookings)}</Table.Td>
            <Table.Td className="num">{money(data.totals.target)}</Table.Td>
            <AttainmentCell ratio={data.totals.attainment} />
            <Table.Td className="num">{formatCount(data.totals.lines, locale)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
