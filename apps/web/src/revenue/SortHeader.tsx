import { Table, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RepSort, RepSortKey } from "./sort-reps";

type Props = {
  column: RepSortKey;
  label: string;
  sort: RepSort;
  onSort: (key: RepSortKey) => void;
  numeric?: boolean;
};

/** A column header that sorts the table; announces the current order through aria-sort. */
export function SortHeader({ column, label, sort, onSort, numeric }: Props) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const arrow = active ? (sort.direction === "asc" ? "▲" : "▼") : "↕";
  return (
    <Table.Th
      scope="col"
      ta={numeric ? "right" : "left"}
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
    >
      <UnstyledButton
        className="sort-button"
        onClick={() => onSort(column)}
        aria-label={t("revenue.table.sortBy", { column: label })}
      >
        {label}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
