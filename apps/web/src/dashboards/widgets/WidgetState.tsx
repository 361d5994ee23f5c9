import { Alert, Skeleton } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";

/** A widget's loading skeleton or its error, named so a reader (and a test) can tell which. */
export function WidgetState({ query }: { query: UseQueryResult<unknown> | undefined }) {
  const { t } = useTranslation();
  if (query?.isError) {
    const detail = query.error instanceof ApiProblem ? (query.error.detail ?? query.error.title) : "";
    return (
      <Alert color="red" variant="light" role="alert" p="xs">
        {t("dashboards.widget.error", { detail })}
      </Alert>
    );
  }
  return <Skeleton h="100%" mih={60} aria-label={t("app.loading")} aria-busy="true" />;
}
