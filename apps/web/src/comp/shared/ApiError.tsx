import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";

/** An API failure in words: the server's problem detail, a refusal, or a network failure. */
export function ApiError({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const text =
    error instanceof ApiProblem && error.status === 403
      ? t("comp.error.forbidden")
      : error instanceof ApiProblem && error.status !== 0
        ? [error.detail ?? error.title, ...error.errors.map((e) => `${e.path}: ${e.message}`)].join(" — ")
        : t("comp.error.network");
  return (
    <Alert color="red" title={t("comp.error.title")} role="alert" data-testid={testId ?? "api-error"}>
      {text}
    </Alert>
  );
}
