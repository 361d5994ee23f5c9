import { Table, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OpportunitySort, SortOrder } from "../../api/pipeline-types";

type Props = {
  column: OpportunitySort;
  label: string;
  sort: OpportunitySort;
  order: SortOrder;
  onSort: (column: OpportunitySort) => void;
  numeric?: boolean;
};

/** A column header that sorts the deals on the server; announces the current order through aria-sort. */
export function SortableHeader({ column, label, sort, order, onSort, numeric }: Props) {
  const { t } = useTranslation();
  const active = sort === column;
  const arrow = active ? (order === "asc" ? "▲" : "▼") : "↕";
  return (
    <Table.Th
      scope="col"
      ta={numeric ? "right" : "left"}
      aria-sort={active ? (order === "asc" ? "ascending" : "descending") : "none"}
    >
      <UnstyledButton
        className="sort-button"
        onClick={() => onSort(column)}
        aria-label={t("pipeline.table.sortBy", { column: label })}
        data-testid={`sort-${column}`}
      >
        {label}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
