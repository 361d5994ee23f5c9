import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FormIssues } from "./read-segmentation-form";
import type { ServerFieldErrors } from "./server-field-errors";

/** The words under a field: the server's refusal if it gave one, else the builder's own check. */
export type FieldError = (path: string) => string | undefined;

export function useFieldError(issues: FormIssues, server: ServerFieldErrors): FieldError {
  const { t } = useTranslation();
  return useCallback(
    (path: string) => {
      const issue = issues[path];
      return server[path] ?? (issue ? t(`segmentation.issues.${issue}`) : undefined);
    },
    [issues, server, t],
  );
}
