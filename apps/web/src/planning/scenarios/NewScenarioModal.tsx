import { Button, Group, Modal, NumberInput, Radio, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanningMeasure, Scenario, ScenarioSummary } from "../../api/planning-types";
import { useCreateScenario } from "../../api/use-planning";
import { ApiError } from "../../comp/shared/ApiError";

// The order the select offers them in: bookings, the default, first.
const MEASURES: readonly PlanningMeasure[] = ["bookings", "arr", "margin"];
const isMeasure = (value: string | null | undefined): value is PlanningMeasure =>
  MEASURES.some((m) => m === value);

type Props = {
  planOfRecord: ScenarioSummary | undefined;
  defaultFiscalYear: number;
  onClose: () => void;
  onCreated: (scenario: Scenario) => void;
};

/**
 * A new scenario: a name, a fiscal year, a measure (bookings, ARR, margin), and either a copy of the plan of record
 * (which plans the plan of record's measure) or the workspace's defaults.
 */
export function NewScenarioModal({ planOfRecord, defaultFiscalYear, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateScenario();
  const [name, setName] = useState("");
  const [fiscalYear, setFiscalYear] = useState<number>(planOfRecord?.fiscalYear ?? defaultFiscalYear);
  const [start, setStart] = useState<"copy" | "defaults">(planOfRecord ? "copy" : "defaults");
  const [chosenMeasure, setMeasure] = useState<PlanningMeasure>("bookings");
  const copyMeasure = isMeasure(planOfRecord?.measure) ? planOfRecord.measure : "bookings";
  const measure = start === "copy" && planOfRecord ? copyMeasure : chosenMeasure;
  const valid = name.trim() !== "" && Number.isInteger(fiscalYear);

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("planning.new.title")}</Text>}
      closeButtonProps={{ "aria-label": t("planning.close") }}
      data-testid="new-scenario-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          create.mutate(
            {
              name: name.trim(),
              fiscalYear,
              measure,
              ...(start === "copy" && planOfRecord ? { copyFrom: planOfRecord.id } : {}),
            },
            { onSuccess: onCreated },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t("planning.new.name")}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <NumberInput
            label={t("planning.new.fiscalYear")}
            required
            min={1900}
            max={9999}
            allowDecimal={false}
            thousandSeparator=""
            value={fiscalYear}
            disabled={start === "copy"}
            onChange={(value) => setFiscalYear(typeof value === "number" ? value : Number(value))}
          />
          <Select
            label={t("planning.new.measure")}
            description={
              start === "copy" && planOfRecord
                ? t("planning.new.measureOfCopy")
                : t("planning.new.measureHint")
            }
            data={MEASURES.map((m) => ({ value: m, label: t(`planning.measureName.${m}`) }))}
            value={measure}
            allowDeselect={false}
            disabled={start === "copy" && planOfRecord !== undefined}
            onChange={(value) => {
              if (isMeasure(value)) setMeasure(value);
            }}
            data-testid="new-scenario-measure"
          />
          <Radio.Group
            label={t("planning.new.start")}
            value={start}
            onChange={(value) => {
              const next = value === "copy" ? "copy" : "defaults";
              setStart(next);
              if (next === "copy" && planOfRecord) setFiscalYear(planOfRecord.fiscalYear);
            }}
          >
            <Stack gap="xs" mt={4}>
              <Radio
                value="copy"
                disabled={!planOfRecord}
                label={
                  planOfRecord
                    ? t("planning.new.copy", { name: planOfRecord.name, version: planOfRecord.version ?? 0 })
                    : t("planning.new.noPlanOfRecord")
                }
              />
              <Radio
                value="defaults"
                label={t("planning.new.defaults")}
                description={t("planning.new.defaultsHint")}
              />
            </Stack>
          </Radio.Group>
          {create.isError ? <ApiError error={create.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("planning.cancel")}
            </Button>
            <Button type="submit" disabled={!valid} loading={create.isPending}>
              {t("planning.new.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
