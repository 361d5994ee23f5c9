import { Alert, List, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type {
  OpportunityDetail,
  PipelineStage,
  QualificationItem,
  StageCriteria,
} from "../../api/pipeline-types";

type Props = {
  criteria: OpportunityDetail["criteria"];
  stage: PipelineStage | undefined;
  items: readonly QualificationItem[];
};

/** The stage's entry and exit criteria, and what this deal still lacks to meet them. */
export function CriteriaPanel({ criteria, stage, items }: Props) {
  const { t } = useTranslation();
  const labelOf = new Map(items.map((i) => [i.key, i.label]));
  const required = (c: StageCriteria) => {
    const all = [
      ...c.requiredFields.map((f) => t(`pipeline.field.${f}`)),
      ...c.checklist.map((k) => labelOf.get(k) ?? k),
    ];
    return all.length === 0 ? t("pipeline.criteria.none") : all.join(", ");
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deal-criteria-title">
      <Title order={2} size="h4" mb="sm" id="deal-criteria-title">
        {t("pipeline.criteria.title", { stage: criteria.stage })}
      </Title>
      {criteria.met ? (
        <Alert color="teal" variant="light" data-testid="criteria-met">
          {t("pipeline.criteria.met")}
        </Alert>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          title={t("pipeline.criteria.missing")}
          data-testid="criteria-missing"
        >
          <List size="sm">
            {criteria.missing.map((m) => (
              <List.Item key={`${m.kind}:${m.key}`} data-key={m.key}>
                {m.kind === "field" ? t(`pipeline.field.${m.key}`, { defaultValue: m.label }) : m.label}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {stage ? (
        <Text size="sm" mt="sm" c="dimmed">
          {t("pipeline.criteria.entry", { criteria: required(stage.entryCriteria) })}
          <br />
          {t("pipeline.criteria.exit", { criteria: required(stage.exitCriteria) })}
        </Text>
      ) : null}
    </Paper>
  );
}
