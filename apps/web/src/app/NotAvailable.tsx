import { Alert, Anchor, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

export function NotAvailable() {
  const { t } = useTranslation();
  return (
    <Stack maw={640} mx="auto" data-testid="not-available">
      <Alert color="gray" title={t("app.notAvailable.title")} role="alert">
        {t("app.notAvailable.body")}{" "}
        <Anchor component={Link} to="/">
          {t("app.notAvailable.home")}
        </Anchor>
      </Alert>
    </Stack>
  );
}
