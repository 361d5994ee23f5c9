import { Alert, Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EvaluationDto } from "../../api/performance-types";
import { useRevenueVsTarget } from "../../api/use-revenue";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { formatAttainment } from "../../format/format-percent";
import { addMonths, fiscalYearStart } from "../../revenue/fiscal-periods";

type Row = { personId: string; name: string; periodKey: string; evaluation: EvaluationDto | null };

type Props = {
  /** An evaluator sees every rep of their scope for the period; a rep their own submitted evaluations. */
  mode: "evaluator" | "subject";
  periodKey: string;
  evaluations: EvaluationDto[];
  onOpen: (row: { personId: string; name: string; periodKey: string }) => void;
};

/** People × the period's evaluation status, each row opening the evaluation. */
export function ReviewTable({ mode, periodKey, evaluations, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  // The reps in the caller's scope: the revenue report lists them (same people-scope rule as every route).
  const fyStart = fiscalYearStart(me.today, me.workspace.fiscalYearStartMonth);
  const reps = useRevenueVsTarget({ from: fyStart, to: addMonths(fyStart, 11) }, mode === "evaluator");
  const rows: Row[] =
    mode === "subject"
      ? evaluations.map((e) => ({
          personId: e.person.id,
          name: e.person.name,
          periodKey: e.periodKey,
          evaluation: e,
        }))
      : mergeRows(reps.data?.reps ?? [], evaluations, periodKey, me.person?.id ?? null);
  if (rows.length === 0)
    return (
      <Alert color="gray">
        {t(mode === "subject" ? "performance.evaluations.noneForYou" : "performance.evaluations.noReps")}
      </Alert>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="review-table" aria-label={t("performance.evaluations.tableLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("performance.evaluations.person")}</Table.Th>
            <Table.Th>{t("performance.evaluations.period")}</Table.Th>
            <Table.Th>{t("performance.evaluations.statusLabel")}</Table.Th>
            <Table.Th ta="right">{t("performance.evaluations.overallScore")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const status = row.evaluation?.status ?? "none";
            return (
              <Table.Tr
                key={`${row.personId}|${row.periodKey}|${row.evaluation?.id ?? ""}`}
                data-testid="review-row"
                data-person-id={row.personId}
                data-status={status}
              >
                <Table.Th scope="row" fw={500}>
                  {row.name}
                </Table.Th>
                <Table.Td>{row.periodKey}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={status === "submitted" ? "teal" : status === "draft" ? "yellow" : "gray"}
                  >
                    {t(`performance.evaluations.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  <Text size="sm">{formatAttainment(row.evaluation?.overall ?? null, locale)}</Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => onOpen(row)}
                    aria-label={t("performance.evaluations.openFor", {
                      name: row.name,
                      period: row.periodKey,
                    })}
                  >
                    {mode === "evaluator" && status !== "submitted"
                      ? t("performance.evaluations.score")
                      : t("performance.evaluations.view")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function mergeRows(
  reps: { personId: string; name: string }[],
  evaluations: EvaluationDto[],
  periodKey: string,
  self: string | null,
): Row[] {
  const byPerson = new Map(evaluations.filter((e) => e.periodKey === periodKey).map((e) => [e.person.id, e]));
  const rows: Row[] = reps
    .filter((r) => r.personId !== self)
    .map((r) => ({
      personId: r.personId,
      name: r.name,
      periodKey,
      evaluation: byPerson.get(r.personId) ?? null,
    }));
  const listed = new Set(rows.map((r) => r.personId));
  for (const e of byPerson.values()) {
    if (!listed.has(e.person.id))
      rows.push({ personId: e.person.id, name: e.person.name, periodKey, evaluation: e });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}
