import { Alert, Button, List } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompRun } from "../../api/comp-types";
import { usePeople } from "../../api/use-people";
import { describeProblem, describeUnassigned } from "./run-messages";

const shownAtFirst = 5;

/** What a finished run found about people it could not pay (credits without a plan) and its problems, by name. */
export function RunFindings({ run }: { run: CompRun }) {
  const { t } = useTranslation();
  const people = usePeople(run.unassigned.length > 0 || run.problems.length > 0);
  const names = new Map((people.data ?? []).map((p) => [p.id, p.fullName]));
  const nameOf = (id: string) => names.get(id);
  return (
    <>
      {run.unassigned.length > 0 ? (
        <Alert
          color="orange"
          title={t("comp.runs.unassigned", { count: run.unassigned.length })}
          data-testid="run-unassigned"
        >
          <ShortList
            items={run.unassigned.map((u) => {
              const { who, reason } = describeUnassigned(u, nameOf);
              const text = t("comp.runs.unassignedItem", { reason, count: u.transactionCount });
              return {
                key: u.payeeId ?? "nobody",
                text:
                  u.payeeId === null ? `${t("comp.runs.nobody")}: ${text}` : who ? `${who}: ${text}` : text,
              };
            })}
          />
        </Alert>
      ) : null}
      {run.problems.length > 0 ? (
        <Alert
          color="red"
          title={t("comp.runs.problems", { count: run.problems.length })}
          data-testid="run-problems"
        >
          <ShortList
            items={run.problems.map((p, index) => ({
              key: `${index}`,
              text: describeProblem(p, nameOf),
            }))}
          />
        </Alert>
      ) : null}
    </>
  );
}

/** The first few items, and a button for the rest. */
function ShortList({ items }: { items: { key: string; text: string }[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, shownAtFirst);
  return (
    <>
      <List size="sm">
        {shown.map((item) => (
          <List.Item key={item.key}>{item.text}</List.Item>
        ))}
      </List>
      {items.length > shownAtFirst ? (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll((a) => !a)}>
          {all ? t("comp.showFewer") : t("comp.showAll", { count: items.length })}
        </Button>
      ) : null}
    </>
  );
}
