import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { SegmentationKind, SegmentationRun } from "../../api/segmentation-types";
import { useSaveSegmentation, useSegmentationPreview } from "../../api/use-segmentation";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { ProfilesPanel } from "../shared/ProfilesPanel";
import { ClustersEditor } from "./ClustersEditor";
import { RfmEditor } from "./RfmEditor";
import { RulesEditor } from "./RulesEditor";
import { readSegmentationForm } from "./read-segmentation-form";
import {
  defaultSegmentationForm,
  formFieldPaths,
  type SegmentationForm,
  segmentationKinds,
} from "./segmentation-form";
import { type ServerFieldErrors, toServerFieldErrors, unplacedErrors } from "./server-field-errors";
import { TiersEditor } from "./TiersEditor";
import { useFieldError } from "./use-field-error";

const isKind = (v: string): v is SegmentationKind => segmentationKinds.some((k) => k === v);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export type BuilderStart = { name: string; form: SegmentationForm };

type Props = { start: BuilderStart | null; onSaved: (run: SegmentationRun) => void };

/** A new segmentation run: name, kind and its settings; Preview computes it, Save stores it from a valid-from date. */
export function SegmentationBuilder({ start, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const preview = useSegmentationPreview();
  const save = useSaveSegmentation();
  const [name, setName] = useState(start?.name ?? "");
  const [form, setForm] = useState<SegmentationForm>(start?.form ?? defaultSegmentationForm());
  const [asOf, setAsOf] = useState(me.today);
  const [validFrom, setValidFrom] = useState(me.today);
  const [server, setServer] = useState<ServerFieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [previewedKey, setPreviewedKey] = useState("");
  const { config, issues } = useMemo(() => readSegmentationForm(form, locale), [form, locale]);
  const topIssues = {
    ...issues,
    ...(name.trim() === "" ? { name: "required" as const } : {}),
    ...(isoDay.test(asOf) ? {} : { asOf: "required" as const }),
  };
  const error = useFieldError(topIssues, server);
  const valid = Object.keys(topIssues).length === 0;
  const unplaced = unplacedErrors(server, formFieldPaths(form));

  // Any edit may answer a refusal: the server's words stay until the next request.
  const clearFailure = () => {
    setServer({});
    setFailure(null);
  };
  const change = (changes: Partial<SegmentationForm>) => {
    setForm((f) => ({ ...f, ...changes }));
    clearFailure();
  };
  // A 422 names fields and a 409 the valid-from date (a run of this name starts that day): each message goes under
  // its field; anything else shows above the buttons.
  const onFailure = (error: unknown) => {
    setFailure(error);
    if (error instanceof ApiProblem && error.status === 422) setServer(toServerFieldErrors(error.errors));
    if (error instanceof ApiProblem && error.status === 409)
      setServer({ validFrom: error.detail ?? error.title });
  };
  const body = { name: name.trim(), config, asOf };
  const bodyKey = JSON.stringify(body);
  const placed = Object.keys(server).length > 0 && unplaced.length === 0;

  return (
    <Stack gap="md" data-testid="segmentation-builder">
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group gap="md" align="flex-start">
            <TextInput
              label={t("segmentation.builder.name")}
              description={t("segmentation.builder.nameHelp")}
              value={name}
              w={280}
              error={name === "" ? undefined : error("name")}
              onChange={(e) => {
                setName(e.currentTarget.value);
                clearFailure();
              }}
              data-testid="segmentation-name"
            />
            <TextInput
              label={t("segmentation.builder.asOf")}
              description={t("segmentation.builder.asOfHelp")}
              type="date"
              value={asOf}
              w={200}
              error={error("asOf")}
              onChange={(e) => {
                setAsOf(e.currentTarget.value);
                clearFailure();
              }}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("segmentation.builder.kind")}
            </Text>
            <SegmentedControl
              data={segmentationKinds.map((k) => ({ value: k, label: t(`segmentation.kinds.${k}`) }))}
              value={form.kind}
              onChange={(v) => isKind(v) && change({ kind: v })}
              data-testid="segmentation-kind"
              w="fit-content"
            />
          </Stack>
          {form.kind === "rules" ? <RulesEditor form={form} error={error} onChange={change} /> : null}
          {form.kind === "tiers" ? <TiersEditor form={form} error={error} onChange={change} /> : null}
          {form.kind === "rfm" ? <RfmEditor form={form} error={error} onChange={change} /> : null}
          {form.kind === "clusters" ? <ClustersEditor form={form} error={error} onChange={change} /> : null}
          {unplaced.length > 0 ? (
            <Alert color="red" role="alert" data-testid="unplaced-errors">
              {unplaced.join(" — ")}
            </Alert>
          ) : null}
          {failure && !placed && unplaced.length === 0 ? <ApiError error={failure} /> : null}
          <Group gap="md" align="flex-end">
            <Button
              variant="default"
              disabled={!valid}
              loading={preview.isPending}
              onClick={() => {
                clearFailure();
                setPreviewedKey(bodyKey);
                preview.mutate(body, { onError: onFailure });
              }}
              data-testid="preview-segmentation"
            >
              {t("segmentation.builder.preview")}
            </Button>
            <TextInput
              label={t("segmentation.builder.validFrom")}
              type="date"
              value={validFrom}
              w={200}
              error={error("validFrom")}
              onChange={(e) => {
                setValidFrom(e.currentTarget.value);
                clearFailure();
              }}
            />
            <Button
              disabled={!valid || !isoDay.test(validFrom)}
              loading={save.isPending}
              onClick={() => {
                clearFailure();
                save.mutate({ ...body, validFrom }, { onError: onFailure, onSuccess: onSaved });
              }}
              data-testid="save-segmentation"
            >
              {t("segmentation.builder.save")}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {preview.data && !preview.isPending ? (
        <Stack gap="xs" data-testid="segmentation-preview">
          <Title order={2} size="h4">
            {t("segmentation.builder.previewTitle", { name: preview.data.name })}
          </Title>
          {previewedKey !== bodyKey ? (
            <Text size="sm" c="orange" data-testid="preview-stale">
              {t("segmentation.builder.previewStale")}
            </Text>
          ) : null}
          <ProfilesPanel run={preview.data} />
        </Stack>
      ) : null}
    </Stack>
  );
}
