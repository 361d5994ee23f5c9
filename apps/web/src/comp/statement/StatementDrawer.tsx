import { Drawer } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { StatementView } from "./StatementView";

type Props = { personId: string | undefined; periodKey: string; canDispute: boolean; onClose: () => void };

export function StatementDrawer({ personId, periodKey, canDispute, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={personId !== undefined}
      onClose={onClose}
      position="right"
      size="64rem"
      title={t("comp.statement.drawerTitle")}
      closeButtonProps={{ "aria-label": t("comp.close") }}
      data-testid="statement-drawer"
    >
      {personId ? <StatementView personId={personId} periodKey={periodKey} canDispute={canDispute} /> : null}
    </Drawer>
  );
}
