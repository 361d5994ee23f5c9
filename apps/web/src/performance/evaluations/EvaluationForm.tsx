import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EvaluationDto, EvaluationTemplateDto } from "../../api/performance-types";
import { useSaveEvaluation, useSubmitEvaluation } from "../../api/use-evaluations";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatAttainment } from "../../format/format-percent";
import { fieldErrors } from "../shared/field-errors";

type Props = {
  template: EvaluationTemplateDto;
  personId: string;
  personName: string;
  periodKey: string;
  evaluation: EvaluationDto | null;
  /** A rep reading their own, or anyone after submission: no inputs. */
  readOnly: boolean;
};

const scalePoints = (scale: EvaluationTemplateDto["scale"]) =>
  Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);

/** Score each criterion on the template's scale with a comment; save as draft, then submit (read-only after). */
export function EvaluationForm({ template, personId, personName, periodKey, evaluation, readOnly }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const save = useSaveEvaluation();
  const submit = useSubmitEvaluation();
  const [scores, setScores] = useState<Record<string, number>>(evaluation?.scores ?? {});
  const [comments, setComments] = useState<Record<string, string>>(evaluation?.comments ?? {});
  const [overallComment, setOverallComment] = useState(evaluation?.overallComment ?? "");
  const [savedId, setSavedId] = useState<string | undefined>(evaluation?.id);
  const submitted = evaluation?.status === "submitted" || submit.isSuccess;
  const locked = readOnly || submitted;
  const errors = fieldErrors(save.error ?? submit.error);
  const input = { templateId: template.id, personId, periodKey, scores, comments, overallComment };

  const saveDraft = (then?: (id: string) => void) =>
    save.mutate(
      { id: savedId, input },
      {
        onSuccess: (saved) => {
          setSavedId(saved.id);
          then?.(saved.id);
        },
      },
    );

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={t("performance.evaluations.formTitle", { name: personName, period: periodKey })}
      data-testid="evaluation-form"
    >
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t("performance.evaluations.formTitle", { name: personName, period: periodKey })}
          </Title>
          <Badge variant="light" color={submitted ? "teal" : "gray"} data-testid="evaluation-status">
            {t(
              `performance.evaluations.status.${submitted ? "submitted" : evaluation || savedId ? "draft" : "none"}`,
            )}
          </Badge>
        </Group>
        {evaluation?.overall != null ? (
          <Text size="sm" data-testid="evaluation-overall" data-overall={evaluation.overall}>
            {t("performance.evaluations.overall", { value: formatAttainment(evaluation.overall, locale) })}
          </Text>
        ) : null}
        {template.criteria.map((criterion) => (
          <Stack key={criterion.key} gap={4} data-testid="criterion" data-criterion={criterion.key}>
            <Radio.Group
              label={criterion.label}
              description={criterion.description}
              value={scores[criterion.key] === undefined ? null : String(scores[criterion.key])}
              onChange={(value) => {
                setScores((current) => ({ ...current, [criterion.key]: Number(value) }));
                if (save.isError) save.reset();
              }}
              error={errors[`scores.${criterion.key}`]}
              readOnly={locked}
            >
              <Group gap="md" mt={4}>
                {scalePoints(template.scale).map((point) => (
                  <Radio
                    key={point}
                    value={String(point)}
                    disabled={locked}
                    label={
                      template.scale.labels[String(point)]
                        ? `${point} — ${template.scale.labels[String(point)]}`
                        : String(point)
                    }
                  />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              size="xs"
              aria-label={t("performance.evaluations.commentOn", { criterion: criterion.label })}
              placeholder={t("performance.evaluations.comment")}
              autosize
              readOnly={locked}
              value={comments[criterion.key] ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setComments((current) => ({ ...current, [criterion.key]: value }));
              }}
            />
          </Stack>
        ))}
        <Textarea
          label={t("performance.evaluations.overallComment")}
          autosize
          minRows={2}
          readOnly={locked}
          value={overallComment}
          onChange={(e) => setOverallComment(e.currentTarget.value)}
          error={errors.overallComment}
        />
        {(save.isError || submit.isError) && Object.keys(errors).length === 0 ? (
          <ApiError error={save.error ?? submit.error} />
        ) : null}
        {save.isSuccess && !submitted ? (
          <Alert color="teal" role="status" p="xs">
            {t("performance.evaluations.draftSaved")}
          </Alert>
        ) : null}
        {locked ? null : (
          <Group justify="flex-end">
            <Button variant="default" loading={save.isPending} onClick={() => saveDraft()}>
              {t("performance.evaluations.saveDraft")}
            </Button>
            <Button
              loading={submit.isPending}
              onClick={() => {
                if (!window.confirm(t("performance.evaluations.submitConfirm"))) return;
                saveDraft((id) => submit.mutate(id));
              }}
            >
              {t("performance.evaluations.submit")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
