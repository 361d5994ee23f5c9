import { NavLink, Text } from "@mantine/core";
import { Link, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Role } from "../api/types";
import { activeNavItem, navItemsFor } from "./nav-items";

/** The shell's menu, grouped (analytics, compensation), showing only what the role may open. */
export function MainNav({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const active = activeNavItem(pathname);
  const items = navItemsFor(role);
  const groups = (["analytics", "performance", "sales", "planning", "compensation"] as const).filter((g) =>
    items.some((i) => i.group === g),
  );

  return (
    <>
      {groups.map((group) => (
        <div key={group}>
          <Text id={`nav-group-${group}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
            {t(`nav.groups.${group}`)}
          </Text>
          {items
            .filter((item) => item.group === group)
            .map((item) => (
              <NavLink
                key={item.id}
                component={Link}
                to={item.to}
                label={t(item.id === "runs" && role === "manager" ? "nav.teamResults" : `nav.${item.id}`)}
                active={active === item.id}
                aria-current={active === item.id ? "page" : undefined}
                onClick={onNavigate}
                data-testid={`nav-${item.id}`}
              />
            ))}
        </div>
      ))}
    </>
  );
}
