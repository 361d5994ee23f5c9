import { Code, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ValidationIssue } from "../../api/comp-types";
import { caretMarker, formulaErrorCharacter } from "./plan-issues";

type Props = {
  label: string;
  value: string;
  issues: readonly ValidationIssue[];
  readOnly: boolean;
  onChange: (formula: string) => void;
};

/** A formula textarea; each error from the server is shown under it, pointing at the character it names. */
export function FormulaField({ label, value, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        value={value}
        readOnly={readOnly}
        autosize
        minRows={1}
        spellCheck={false}
        error={issues.length > 0}
        onChange={(e) => onChange(e.currentTarget.value)}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      />
      {issues.map((issue) => {
        const at = formulaErrorCharacter(issue.message);
        const marker = at === null ? null : caretMarker(value, at);
        return (
          <Stack key={issue.message} gap={2} role="alert" data-testid="formula-issue">
            {marker ? (
              <Code block fz="xs" aria-label={t("comp.plans.errorAt", { line: marker.line })}>
                {`${marker.lineText}\n${marker.pointer}`}
              </Code>
            ) : null}
            <Text size="xs" c="red">
              {issue.message}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
