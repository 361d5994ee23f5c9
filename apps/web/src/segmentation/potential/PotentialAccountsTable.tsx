import { Badge, Button, Skeleton, Stack, Table, TextInput } from "@mantine/core";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePotentialAccounts } from "../../api/use-segmentation";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { ListPager } from "../shared/ListPager";
import { TraceList } from "../shared/TraceList";

const PAGE = 25;
const basisColor = { model: "blue", "own history": "teal", "peer median": "gray" } as const;
const basisKey = { model: "model", "own history": "ownHistory", "peer median": "peerMedian" } as const;

/** Accounts by potential, highest first: the estimate, the model's prediction, last year's bookings, and why. */
export function PotentialAccountsTable({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const accounts = usePotentialAccounts({ q, limit: PAGE, offset });
  const amount = (value: string | null) => (value === null ? "—" : money(value, currency));
  return (
    <Stack gap="sm" data-testid="potential-accounts">
      <TextInput
        label={t("segmentation.accounts.search")}
        placeholder={t("segmentation.accounts.searchHint")}
        value={q}
        w={280}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setOffset(0);
        }}
      />
      {accounts.isError ? <ApiError error={accounts.error} /> : null}
      {accounts.isPending ? <Skeleton h={200} /> : null}
      {accounts.data ? (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table data-testid="potential-accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("segmentation.accounts.name")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("segmentation.potential.potential")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("segmentation.potential.predicted")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("segmentation.potential.actual")}
                  </Table.Th>
                  <Table.Th scope="col">{t("segmentation.potential.basis")}</Table.Th>
                  <Table.Th scope="col" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.estimates.map((e) => (
                  <Fragment key={e.accountId}>
                    <Table.Tr
                      data-testid="potential-account-row"
                      data-account-id={e.accountId}
                      data-potential={e.potential}
                    >
                      <Table.Th scope="row" fw={500}>
                        {e.name}
                      </Table.Th>
                      <Table.Td className="num">{money(e.potential, currency)}</Table.Td>
                      <Table.Td className="num">{amount(e.predicted)}</Table.Td>
                      <Table.Td className="num">{amount(e.actual)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={basisColor[e.basis]}>
                          {t(`segmentation.potential.bases.${basisKey[e.basis]}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-expanded={open === e.accountId}
                          onClick={() => setOpen(open === e.accountId ? null : e.accountId)}
                        >
                          {t("segmentation.accounts.why")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {open === e.accountId ? (
                      <Table.Tr>
                        <Table.Td colSpan={6} bg="var(--mantine-color-gray-light)">
                          <TraceList trace={e.trace} />
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
