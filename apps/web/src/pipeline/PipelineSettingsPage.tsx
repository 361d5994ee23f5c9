import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PipelineSettings } from "../api/pipeline-types";
import { usePipelineSettings, useSavePipelineSettings } from "../api/use-pipeline";
import { useAppLocale } from "../app/use-app-locale";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { formatCount } from "../format/format-count";
import { QualificationEditor } from "./settings/QualificationEditor";
import { StagesEditor } from "./settings/StagesEditor";
import { formToSettings, type SettingsForm, settingsToForm } from "./settings/settings-form";
import { errorsUnder, fieldErrors } from "./shared/field-errors";

function SettingsEditor({ settings, editable }: { settings: PipelineSettings; editable: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(settings));
  const [local, setLocal] = useState<Map<string, string>>(new Map());
  const [saved, setSaved] = useState(false);
  const save = useSavePipelineSettings();
  useEffect(() => setForm(settingsToForm(settings)), [settings]);
  const errors = local.size > 0 ? local : fieldErrors(save.error);
  const errorAt = (path: string) => errorsUnder(errors, path);
  const edit = (next: SettingsForm) => {
    setForm(next);
    setSaved(false);
  };
  const submit = () => {
    const result = formToSettings(form, {
      wholeNumber: t("pipeline.edit.error.wholeNumber"),
      decimal: t("pipeline.edit.error.decimal"),
    });
    if (!result.ok) {
      setLocal(result.errors);
      return;
    }
    setLocal(new Map());
    save.mutate(result.input, { onSuccess: () => setSaved(true) });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="settings-form"
    >
      <Stack gap="md">
        {settings.updatedAt === null ? (
          <Alert color="blue" variant="light" data-testid="settings-inferred">
            {t("pipeline.settings.inferred")}
          </Alert>
        ) : null}
        {settings.unknownStages.length > 0 ? (
          <Alert color="orange" title={t("pipeline.settings.unknownTitle")} data-testid="unknown-stages">
            <List size="sm">
              {settings.unknownStages.map((u) => (
                <List.Item key={u.stage}>
                  {t("pipeline.settings.unknownStage", {
                    stage: u.stage,
                    count: u.opportunities,
                    formatted: formatCount(u.opportunities, locale),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="settings-stages">
          <Title order={2} size="h4" mb="xs" id="settings-stages">
            {t("pipeline.settings.stages")}
          </Title>
          {errors.get("stages") ? (
            <Text c="red.7" size="sm" role="alert">
              {errors.get("stages")}
            </Text>
          ) : null}
          <StagesEditor
            stages={form.stages}
            items={form.items}
            editable={editable}
            errorAt={errorAt}
            onChange={(stages) => edit({ ...form, stages })}
          />
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="settings-qualification">
          <Title order={2} size="h4" mb="xs" id="settings-qualification">
            {t("pipeline.settings.qualification")}
          </Title>
          <QualificationEditor form={form} editable={editable} errorAt={errorAt} onChange={edit} />
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="settings-thresholds">
          <Title order={2} size="h4" mb="xs" id="settings-thresholds">
            {t("pipeline.settings.thresholds")}
          </Title>
          <Group align="flex-start">
            <TextInput
              label={t("pipeline.settings.stalledAfterDays")}
              inputMode="numeric"
              w={220}
              value={form.stalledAfterDays}
              readOnly={!editable}
              onChange={(e) => edit({ ...form, stalledAfterDays: e.currentTarget.value })}
              error={errorAt("stalledAfterDays")}
            />
            <TextInput
              label={t("pipeline.settings.pushedAfter")}
              inputMode="numeric"
              w={220}
              value={form.pushedAfter}
              readOnly={!editable}
              onChange={(e) => edit({ ...form, pushedAfter: e.currentTarget.value })}
              error={errorAt("pushedAfter")}
            />
            <TextInput
              label={t("pipeline.settings.amountCutShare")}
              description={t("pipeline.settings.amountCutShareHint")}
              inputMode="decimal"
              w={220}
              value={form.amountCutShare}
              readOnly={!editable}
              onChange={(e) => edit({ ...form, amountCutShare: e.currentTarget.value })}
              error={errorAt("amountCutShare")}
            />
          </Group>
        </Paper>
        {errors.size > 0 ? (
          <Alert color="red" role="alert" data-testid="settings-refused">
            {t("pipeline.edit.notSaved")}
          </Alert>
        ) : null}
        {save.isError && errors.size === 0 ? <ApiError error={save.error} testId="settings-error" /> : null}
        {editable ? (
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="settings-save">
              {t("pipeline.settings.save")}
            </Button>
            <Button variant="default" onClick={() => edit(settingsToForm(settings))}>
              {t("pipeline.settings.reset")}
            </Button>
            {saved && !save.isPending ? (
              <Text c="teal.7" size="sm" role="status" data-testid="settings-saved">
                {t("pipeline.settings.saved")}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** Pipeline settings: stages with their criteria, the qualification checklist, the risk thresholds. Admins edit. */
export function PipelineSettingsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const settings = usePipelineSettings();
  const editable = me.role === "admin";
  return (
    <Stack gap="md" maw={1440} mx="auto" data-testid="pipeline-settings-page">
      <Anchor component={Link} to="/pipeline" size="sm">
        ← {t("pipeline.deal.back")}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t("pipeline.settings.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {editable ? t("pipeline.settings.subtitle") : t("pipeline.settings.readOnly")}
        </Text>
      </div>
      {settings.isError ? <ApiError error={settings.error} /> : null}
      {settings.isPending ? <Skeleton h={360} /> : null}
      {settings.data ? <SettingsEditor settings={settings.data} editable={editable} /> : null}
    </Stack>
  );
}
