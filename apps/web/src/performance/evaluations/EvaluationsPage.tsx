import { Alert, Group, NativeSelect, Skeleton, Stack, Tabs, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEvaluations, useEvaluationTemplates } from "../../api/use-evaluations";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { EvaluationForm } from "./EvaluationForm";
import { recentPeriodKeys } from "./evaluation-periods";
import { RepKpis } from "./RepKpis";
import { ReviewTable } from "./ReviewTable";
import { TemplatesEditor } from "./TemplatesEditor";

const evaluators = new Set(["admin", "hr", "manager"]);
const templateEditors = new Set(["admin", "hr"]);

/** Qualitative evaluations: managers score their reps per period, reps read theirs, HR keeps the templates. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const templates = useEvaluationTemplates();
  const [tab, setTab] = useState<string | null>("evaluations");
  if (templates.isPending) return <Skeleton h={320} />;
  if (templates.isError) return <ApiError error={templates.error} />;
  const body = <EvaluationsPanel />;
  return (
    <Stack>
      <Title order={2}>{t("performance.evaluations.title")}</Title>
      {templateEditors.has(me.role) ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="evaluations">{t("performance.evaluations.tabEvaluations")}</Tabs.Tab>
            <Tabs.Tab value="templates">{t("performance.evaluations.tabTemplates")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="evaluations" pt="md">
            {body}
          </Tabs.Panel>
          <Tabs.Panel value="templates" pt="md">
            <TemplatesEditor templates={templates.data} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        body
      )}
    </Stack>
  );
}

function EvaluationsPanel() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const templates = useEvaluationTemplates();
  const active = (templates.data ?? []).filter((tpl) => tpl.active !== false);
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const template = active.find((tpl) => tpl.id === templateId) ?? active[0];
  const periods = useMemo(
    () =>
      template ? recentPeriodKeys(template.cadence, me.today, me.workspace.fiscalYearStartMonth, 6) : [],
    [template, me.today, me.workspace.fiscalYearStartMonth],
  );
  const [periodKey, setPeriodKey] = useState<string | undefined>(undefined);
  const period = periodKey && periods.includes(periodKey) ? periodKey : periods[0];
  const isEvaluator = evaluators.has(me.role);
  const evaluations = useEvaluations(isEvaluator ? { templateId: template?.id, periodKey: period } : {});
  const [open, setOpen] = useState<{ personId: string; name: string; periodKey: string } | null>(null);

  if (!template) return <Alert color="gray">{t("performance.evaluations.noTemplate")}</Alert>;
  const current = open
    ? (evaluations.data?.find(
        (e) =>
          e.person.id === open.personId && e.periodKey === open.periodKey && e.template.id === template.id,
      ) ?? null)
    : null;
  return (
    <Stack>
      {isEvaluator ? (
        <Group>
          {active.length > 1 ? (
            <NativeSelect
              label={t("performance.evaluations.template")}
              value={template.id}
              onChange={(e) => {
                setTemplateId(e.currentTarget.value);
                setOpen(null);
              }}
              data={active.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            />
          ) : null}
          <NativeSelect
            label={t("performance.evaluations.period")}
            value={period}
            onChange={(e) => {
              setPeriodKey(e.currentTarget.value);
              setOpen(null);
            }}
            data={periods}
          />
        </Group>
      ) : null}
      {evaluations.isError ? <ApiError error={evaluations.error} /> : null}
      {evaluations.isPending ? (
        <Skeleton h={160} />
      ) : (
        <ReviewTable
          mode={isEvaluator ? "evaluator" : "subject"}
          periodKey={period ?? ""}
          evaluations={evaluations.data ?? []}
          onOpen={(row) => setOpen(row)}
        />
      )}
      {open ? (
        <Stack key={`${open.personId}|${open.periodKey}|${current?.id ?? "new"}`}>
          <RepKpis personId={open.personId} periodKey={open.periodKey} />
          <EvaluationForm
            template={active.find((tpl) => tpl.id === current?.template.id) ?? template}
            personId={open.personId}
            personName={open.name}
            periodKey={open.periodKey}
            evaluation={current}
            readOnly={!isEvaluator || me.role === "viewer"}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
