import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The grid's "changed in the meantime" message: a newer revision was saved, nothing of ours was applied. */
export function TransfersStaleAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t("planning.grid.staleTitle")} role="alert" data-testid="transfers-stale">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("planning.grid.staleBody")}</Text>
        <Button size="xs" onClick={onReload} data-testid="transfers-reload">
          {t("planning.grid.reload")}
        </Button>
      </Stack>
    </Alert>
  );
}
