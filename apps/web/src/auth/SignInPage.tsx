import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignIn } from "../api/use-me";
import { AttainLogo } from "../app/AttainLogo";
import { LanguageSwitch } from "../app/LanguageSwitch";
import { demoLogins, demoPassword } from "./demo-logins";
import { fieldError, signInErrorMessage } from "./sign-in-error";

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate({ email: email.trim(), password });
  };

  const error = missing ? t("signIn.required") : signIn.isError ? signInErrorMessage(signIn.error, t) : null;

  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="md">
      <Group justify="flex-end" maw={960} mx="auto">
        <LanguageSwitch />
      </Group>
      <Center mt="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Group gap="sm">
            <AttainLogo size={36} />
            <div>
              <Title order={1} size="h2">
                {t("signIn.title")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("signIn.subtitle")}
              </Text>
            </div>
          </Group>
          <Paper withBorder radius="md" shadow="sm" p="xl" component="main">
            <form onSubmit={submit} noValidate aria-label={t("signIn.title")}>
              <Stack gap="md">
                {error ? (
                  <Alert color="red" title={t("signIn.failed")} role="alert" data-testid="sign-in-error">
                    {error}
                  </Alert>
                ) : null}
                <TextInput
                  label={t("signIn.email")}
                  placeholder={t("signIn.emailPlaceholder")}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={fieldError(signIn.error, "email")}
                  data-autofocus
                  autoFocus
                />
                <PasswordInput
                  label={t("signIn.password")}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={fieldError(signIn.error, "password")}
                />
                <Button type="submit" ref={submitRef} loading={signIn.isPending} fullWidth>
                  {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
                </Button>
              </Stack>
            </form>
          </Paper>
          <Paper p="md" bg="indigo.0" radius="md" component="aside" aria-labelledby="demo-title">
            <Text fw={600} size="sm" id="demo-title">
              {t("signIn.demoTitle")}
            </Text>
            <Text size="sm" c="dimmed" mb="xs">
              {t("signIn.demoHint", { password: demoPassword })}
            </Text>
            <List size="sm" spacing={2} listStyleType="none" data-testid="demo-logins">
              {demoLogins.map((login) => (
                <List.Item key={login.email}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={t("signIn.useDemoAccount", { email: login.email })}
                    onClick={() => {
                      setEmail(login.email);
                      setPassword(demoPassword);
                      submitRef.current?.focus();
                    }}
                  >
                    {login.email}
                  </Anchor>{" "}
                  <Text span size="xs" c="dimmed">
                    · {t(`roles.${login.role}`)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
