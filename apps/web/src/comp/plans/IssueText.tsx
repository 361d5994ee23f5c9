import { Text } from "@mantine/core";
import type { ValidationIssue } from "../../api/comp-types";

/** Validation messages shown where the problem is. */
export function IssueText({ issues }: { issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      {issues.map((issue) => (
        <Text
          key={`${issue.path}|${issue.message}`}
          size="xs"
          c="red"
          role="alert"
          data-testid="issue"
          data-path={issue.path}
        >
          {issue.message}
        </Text>
      ))}
    </>
  );
}
