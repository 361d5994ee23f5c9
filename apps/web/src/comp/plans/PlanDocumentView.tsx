import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDefinition } from "../../api/comp-types";
import { issuePosition } from "./plan-issues";
import { usePlanValidation } from "./use-plan-validation";

type Props = { plan: PlanDefinition; readOnly: boolean; onApply: (plan: PlanDefinition) => void };

/**
 * The plan as a document (JSON, which is also valid YAML): edited as text, checked by the server (plan-file issues
 * come back with line and column), applied to the designer when it parses.
 */
export function PlanDocumentView({ plan, readOnly, onApply }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(plan, null, 2));
  const dirty = text !== JSON.stringify(plan, null, 2);
  const { validation } = usePlanValidation(dirty ? { yaml: text } : null);
  let parsed: PlanDefinition | null = null;
  try {
    parsed = JSON.parse(text) as PlanDefinition;
  } catch {
    parsed = null;
  }

  return (
    <Stack gap="xs" data-testid="plan-document">
      <Text size="sm" c="dimmed">
        {t("comp.plans.documentHint")}
      </Text>
      <Textarea
        aria-label={t("comp.plans.document")}
        value={text}
        readOnly={readOnly}
        autosize
        minRows={16}
        maxRows={40}
        spellCheck={false}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {dirty && validation && !validation.ok ? (
        <Alert color="red" role="alert" data-testid="document-issues">
          {validation.issues.map((issue) => {
            const at = issuePosition(issue);
            return (
              <Text key={`${issue.path}|${issue.message}`} size="sm">
                {at ? t("comp.plans.at", { line: at.line, column: at.column }) : ""} {issue.path}:{" "}
                {issue.message}
              </Text>
            );
          })}
        </Alert>
      ) : null}
      {!readOnly ? (
        <Group>
          <Button disabled={!dirty || parsed === null} onClick={() => parsed && onApply(parsed)}>
            {t("comp.plans.applyDocument")}
          </Button>
          <Button variant="default" disabled={!dirty} onClick={() => setText(JSON.stringify(plan, null, 2))}>
            {t("comp.plans.revertDocument")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
