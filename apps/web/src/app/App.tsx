import { Alert, Button, Center, Loader, Stack } from "@mantine/core";
import { RouterProvider } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/use-me";
import { SignInPage } from "../auth/SignInPage";
import { createAppRouter } from "./router";

export function App() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [router] = useState(createAppRouter);
  const savedLocale = me.data?.locale;

  // The signed-in user's stored preference wins over the browser language.
  useEffect(() => {
    if (savedLocale && i18n.language !== savedLocale) void i18n.changeLanguage(savedLocale);
  }, [savedLocale, i18n]);

  if (me.isPending) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t("app.name")} role="alert">
            {t("app.loadFailed")}
          </Alert>
          <Button onClick={() => void me.refetch()}>{t("app.retry")}</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) return <SignInPage />;
  // Pages are client-side routes, so every view has a URL that can be shared.
  return <RouterProvider router={router} />;
}
