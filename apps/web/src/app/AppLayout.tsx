import { AppShell, Badge, Burger, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../api/types";
import { useSignOut, useUpdateLocale } from "../api/use-me";
import { NotificationsBell } from "../performance/notifications/NotificationsBell";
import { AttainLogo } from "./AttainLogo";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav } from "./MainNav";

export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const signOut = useSignOut();
  const updateLocale = useUpdateLocale();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("app.mainNavigation")}
            />
            <AttainLogo />
            <Text fw={700} size="lg" visibleFrom="xs">
              {t("app.name")}
            </Text>
            <Text c="dimmed" aria-hidden="true" visibleFrom="sm">
              /
            </Text>
            <Text
              fw={500}
              data-testid="workspace-name"
              title={t("header.workspace")}
              truncate
              visibleFrom="sm"
            >
              {me.workspace.name}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <NotificationsBell />
            <LanguageSwitch onChange={(locale) => updateLocale.mutate(locale)} />
            <Tooltip label={me.email}>
              <Stack gap={0} visibleFrom="xs" data-testid="signed-in-user">
                <VisuallyHidden>{t("header.signedInAs", { name: me.displayName })}</VisuallyHidden>
                <Text size="sm" fw={600} lh={1.2} aria-hidden="true">
                  {me.displayName}
                </Text>
                <Badge size="xs" variant="light" radius="sm">
                  {t(`roles.${me.role}`)}
                </Badge>
              </Stack>
            </Tooltip>
            <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t("header.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t("app.mainNavigation")} component="nav">
        <MainNav role={me.role} onNavigate={close} />
        {updateLocale.isError ? (
          <Text size="xs" c="red" mt="auto" role="status">
            {t("header.localeSaveFailed")}
          </Text>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
