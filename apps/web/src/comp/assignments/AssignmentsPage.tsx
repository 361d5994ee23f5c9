import { Button, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAssignments, useCreateAssignment, usePlans } from "../../api/use-comp-plans";
import { usePeople } from "../../api/use-people";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { isDecimalString } from "../../format/decimal-string";
import { formatDate } from "../../format/format-date";
import { ApiError } from "../shared/ApiError";
import { useMoney } from "../shared/use-money";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Who is paid on which plan, from when, with which annual target incentive; and a form to add one. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const money = useMoney();
  const assignments = useAssignments();
  const plans = usePlans();
  const create = useCreateAssignment();
  // Anyone in the directory can be put on a plan, not only people who already have one.
  const people = usePeople();
  const [personId, setPersonId] = useState<string | null>(null);
  const [planKey, setPlanKey] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(`${me.today.slice(0, 4)}-01-01`);
  const [validTo, setValidTo] = useState("");
  const [target, setTarget] = useState("0");
  const [currency, setCurrency] = useState(me.workspace.reportingCurrency);
  const valid =
    personId !== null &&
    planKey !== null &&
    isoDay.test(validFrom) &&
    (validTo === "" || (isoDay.test(validTo) && validTo >= validFrom)) &&
    isDecimalString(target) &&
    /^[A-Z]{3}$/.test(currency);

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t("comp.assignments.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("comp.assignments.subtitle")}
        </Text>
      </div>
      <Paper withBorder radius="md" p="md">
        <form
          aria-label={t("comp.assignments.add")}
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid || !personId || !planKey) return;
            create.mutate(
              {
                personId,
                planKey,
                validFrom,
                validTo: validTo || null,
                targetIncentive: target,
                currency,
              },
              { onSuccess: () => setPersonId(null) },
            );
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("comp.payee")}
              searchable
              required
              w={240}
              value={personId}
              onChange={setPersonId}
              data={(people.data ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
              nothingFoundMessage={t("comp.assignments.nobodyFound")}
            />
            <Select
              label={t("comp.plan")}
              required
              w={220}
              value={planKey}
              onChange={setPlanKey}
              data={(plans.data ?? []).map((p) => ({ value: p.key, label: p.name }))}
            />
            <TextInput
              label={t("comp.assignments.from")}
              required
              w={130}
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              placeholder="2026-01-01"
            />
            <TextInput
              label={t("comp.assignments.to")}
              w={130}
              value={validTo}
              onChange={(e) => setValidTo(e.currentTarget.value)}
              placeholder="∞"
            />
            <TextInput
              label={t("comp.assignments.target")}
              w={140}
              inputMode="decimal"
              value={target}
              onChange={(e) => setTarget(e.currentTarget.value.trim())}
            />
            <TextInput
              label={t("comp.assignments.currency")}
              w={90}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            />
            <Button type="submit" disabled={!valid} loading={create.isPending}>
              {t("comp.assignments.add")}
            </Button>
          </Group>
          {create.isError ? <ApiError error={create.error} /> : null}
        </form>
      </Paper>
      {assignments.isError ? <ApiError error={assignments.error} /> : null}
      {!assignments.data && !assignments.isError ? <Skeleton h={240} /> : null}
      {assignments.data && assignments.data.length === 0 ? (
        <Paper withBorder p="xl" ta="center" data-testid="no-assignments">
          <Text>{t("comp.assignments.none")}</Text>
        </Paper>
      ) : null}
      {assignments.data && assignments.data.length > 0 ? (
        <Paper withBorder radius="md" p="xs">
          <Table striped data-testid="assignments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("comp.payee")}</Table.Th>
                <Table.Th scope="col">{t("comp.plan")}</Table.Th>
                <Table.Th scope="col">{t("comp.assignments.from")}</Table.Th>
                <Table.Th scope="col">{t("comp.assignments.to")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("comp.assignments.target")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assignments.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.personName}</Table.Td>
                  <Table.Td>{a.planName}</Table.Td>
                  <Table.Td className="num" ta="left">
                    {formatDate(a.validFrom, locale)}
                  </Table.Td>
                  <Table.Td className="num" ta="left">
                    {a.validTo ? formatDate(a.validTo, locale) : "—"}
                  </Table.Td>
                  <Table.Td className="num">{money(a.targetIncentive, a.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
