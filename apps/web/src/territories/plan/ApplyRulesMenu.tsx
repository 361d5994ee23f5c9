import { Button, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TerritoryPlan } from "../../api/territory-types";
import { useApplyRules } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";

/** Assign accounts by the rules: only the unassigned ones, or every account (named accounts stay first). */
export function ApplyRulesMenu({ plan }: { plan: TerritoryPlan }) {
  const { t } = useTranslation();
  const apply = useApplyRules(plan.id);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={apply.isPending} data-testid="apply-rules">
            {t("territories.rules.apply")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => apply.mutate({ baseRevision: plan.revision, scope: "unassigned" })}>
            {t("territories.rules.unassigned")}
          </Menu.Item>
          <Menu.Item
            onClick={() => {
              if (window.confirm(t("territories.rules.confirmAll")))
                apply.mutate({ baseRevision: plan.revision, scope: "all" });
            }}
          >
            {t("territories.rules.all")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {apply.isError ? <ApiError error={apply.error} /> : null}
    </>
  );
}
