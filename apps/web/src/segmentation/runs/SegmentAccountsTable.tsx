import { Button, Group, Select, Skeleton, Stack, Table, TextInput } from "@mantine/core";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SegmentationRun } from "../../api/segmentation-types";
import { useSegmentAccounts } from "../../api/use-segmentation";
import { ApiError } from "../../comp/shared/ApiError";
import { ListPager } from "../shared/ListPager";
import { TraceList } from "../shared/TraceList";

const PAGE = 25;

type Props = {
  run: SegmentationRun;
  segment: string | undefined;
  onSegment: (segment: string | undefined) => void;
};

/** The accounts of a run (or of one segment), searchable and paged, each with the trace of why it is there. */
export function SegmentAccountsTable({ run, segment, onSegment }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const accounts = useSegmentAccounts(run.id, segment, { q, limit: PAGE, offset });
  return (
    <Stack gap="sm" data-testid="segment-accounts">
      <Group gap="md" align="flex-end">
        <Select
          label={t("segmentation.accounts.segment")}
          placeholder={t("segmentation.accounts.allSegments")}
          data={run.profiles.map((p) => p.segment)}
          value={segment ?? null}
          clearable
          w={240}
          onChange={(v) => {
            onSegment(v ?? undefined);
            setOffset(0);
          }}
          data-testid="accounts-segment"
        />
        <TextInput
          label={t("segmentation.accounts.search")}
          placeholder={t("segmentation.accounts.searchHint")}
          value={q}
          w={280}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          data-testid="accounts-search"
        />
      </Group>
      {accounts.isError ? <ApiError error={accounts.error} /> : null}
      {accounts.isPending ? <Skeleton h={200} /> : null}
      {accounts.data ? (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="segment-accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("segmentation.accounts.name")}</Table.Th>
                  <Table.Th scope="col">{t("segmentation.accounts.externalId")}</Table.Th>
                  <Table.Th scope="col">{t("segmentation.accounts.segment")}</Table.Th>
                  <Table.Th scope="col" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.accounts.map((a) => (
                  <Fragment key={a.accountId}>
                    <Table.Tr
                      data-testid="segment-account-row"
                      data-account-id={a.accountId}
                      data-segment={a.segment ?? ""}
                    >
                      <Table.Th scope="row" fw={500}>
                        {a.name}
                      </Table.Th>
                      <Table.Td>{a.externalId}</Table.Td>
                      <Table.Td>{a.segment ?? t("segmentation.accounts.unsegmented")}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-expanded={open === a.accountId}
                          onClick={() => setOpen(open === a.accountId ? null : a.accountId)}
                        >
                          {t("segmentation.accounts.why")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {open === a.accountId ? (
                      <Table.Tr>
                        <Table.Td colSpan={4} bg="var(--mantine-color-gray-light)">
                          <TraceList trace={a.trace} />
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager total={accounts.data.total} limit={PAGE} offset={offset} onOffset={setOffset} />
        </>
      ) : null}
    </Stack>
  );
}
