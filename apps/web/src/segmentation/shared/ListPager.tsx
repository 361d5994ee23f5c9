import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../../app/use-app-locale";
import { formatCount } from "../../format/format-count";

type Props = { total: number; limit: number; offset: number; onOffset: (offset: number) => void };

/** "41–60 of 1,468" and the page buttons under a paged list. */
export function ListPager({ total, limit, offset, onOffset }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <Group justify="space-between" data-testid="list-pager" data-total={total}>
      <Text size="sm" c="dimmed">
        {total === 0
          ? t("segmentation.pager.none")
          : t("segmentation.pager.range", {
              from: formatCount(offset + 1, locale),
              to: formatCount(Math.min(total, offset + limit), locale),
              total: formatCount(total, locale),
            })}
      </Text>
      {pages > 1 ? (
        <Pagination
          size="sm"
          total={pages}
          value={Math.floor(offset / limit) + 1}
          onChange={(page) => onOffset((page - 1) * limit)}
        />
      ) : null}
    </Group>
  );
}
