import { ActionIcon, Button, Group, MultiSelect, Select, Table, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { criteriaFields, forecastCategories, type QualificationItem } from "../../api/pipeline-types";
import {
  addStage,
  choiceOfField,
  choiceOfItem,
  moveStage,
  removeStage,
  type StageForm,
} from "./settings-form";

type Props = {
  stages: StageForm[];
  items: readonly QualificationItem[];
  editable: boolean;
  errorAt: (path: string) => string | undefined;
  onChange: (stages: StageForm[]) => void;
};

const outcomes = ["open", "won", "lost"] as const;

/** The stages in order: name, outcome, default probability, forecast category, ageing limit, entry/exit criteria. */
export function StagesEditor({ stages, items, editable, errorAt, onChange }: Props) {
  const { t } = useTranslation();
  const criteriaOptions = [
    {
      group: t("pipeline.settings.requiredFields"),
      items: criteriaFields.map((f) => ({ value: choiceOfField(f), label: t(`pipeline.field.${f}`) })),
    },
    {
      group: t("pipeline.settings.checklist"),
      items: items
        .filter((i) => i.key.trim() !== "")
        .map((i) => ({ value: choiceOfItem(i.key), label: i.label || i.key })),
    },
  ];
  const patch = (index: number, change: Partial<StageForm>) =>
    onChange(stages.map((s, i) => (i === index ? { ...s, ...change } : s)));

  return (
    <>
      <Table.ScrollContainer minWidth={1320}>
        <Table data-testid="stages-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("pipeline.settings.order")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.settings.name")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.settings.outcome")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.deal.probability")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.edit.category")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.settings.maxDays")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.settings.entry")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.settings.exit")}</Table.Th>
              {editable ? <Table.Th scope="col">{t("pipeline.settings.actions")}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stages.map((stage, index) => {
              const path = (field: string) => `stages.${index}.${field}`;
              const label = (field: string) =>
                t("pipeline.settings.fieldOf", {
                  field: t(`pipeline.settings.${field}`),
                  stage: stage.name || index + 1,
                });
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, their index is their identity
                <Table.Tr key={index} data-testid="stage-row" data-name={stage.name}>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      {index + 1}
                      {editable ? (
                        <>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            disabled={index === 0}
                            aria-label={t("pipeline.settings.moveUp", { stage: stage.name })}
                            onClick={() => onChange(moveStage(stages, index, -1))}
                          >
                            ↑
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            disabled={index === stages.length - 1}
                            aria-label={t("pipeline.settings.moveDown", { stage: stage.name })}
                            onClick={() => onChange(moveStage(stages, index, 1))}
                          >
                            ↓
                          </ActionIcon>
                        </>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={170}
                      aria-label={label("name")}
                      value={stage.name}
                      readOnly={!editable}
                      onChange={(e) => patch(index, { name: e.currentTarget.value })}
                      error={errorAt(path("name"))}
                      errorProps={{ "data-testid": "stage-name-error" }}
                      data-testid="stage-name"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={110}
                      aria-label={label("outcome")}
                      data={outcomes.map((o) => ({ value: o, label: t(`pipeline.status.${o}`) }))}
                      value={stage.outcome}
                      readOnly={!editable}
                      allowDeselect={false}
                      onChange={(value) => {
                        const outcome = outcomes.find((o) => o === value);
                        if (outcome) patch(index, { outcome });
                      }}
                      error={errorAt(path("outcome"))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={90}
                      inputMode="decimal"
                      aria-label={label("probability")}
                      value={stage.probability}
                      readOnly={!editable}
                      onChange={(e) => patch(index, { probability: e.currentTarget.value })}
                      error={errorAt(path("probability"))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={130}
                      aria-label={label("category")}
                      data={forecastCategories.map((c) => ({ value: c, label: t(`pipeline.category.${c}`) }))}
                      value={stage.forecastCategory}
                      readOnly={!editable}
                      allowDeselect={false}
                      onChange={(value) => {
                        const forecastCategory = forecastCategories.find((c) => c === value);
                        if (forecastCategory) patch(index, { forecastCategory });
                      }}
                      error={errorAt(path("forecastCategory"))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={80}
                      inputMode="numeric"
                      aria-label={label("maxDays")}
                      value={stage.maxDaysInStage}
                      readOnly={!editable}
                      onChange={(e) => patch(index, { maxDaysInStage: e.currentTarget.value })}
                      error={errorAt(path("maxDaysInStage"))}
                    />
                  </Table.Td>
                  <Table.Td miw={220}>
                    <MultiSelect
                      size="xs"
                      aria-label={label("entry")}
                      data={criteriaOptions}
                      value={stage.entry}
                      readOnly={!editable}
                      onChange={(entry) => patch(index, { entry })}
                      error={errorAt(path("entryCriteria"))}
                      clearable={editable}
                    />
                  </Table.Td>
                  <Table.Td miw={220}>
                    <MultiSelect
                      size="xs"
                      aria-label={label("exit")}
                      data={criteriaOptions}
                      value={stage.exit}
                      readOnly={!editable}
                      onChange={(exit) => patch(index, { exit })}
                      error={errorAt(path("exitCriteria"))}
                      clearable={editable}
                    />
                  </Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t("pipeline.settings.removeStage", { stage: stage.name })}
                        onClick={() => onChange(removeStage(stages, index))}
                      >
                        {t("pipeline.settings.remove")}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable ? (
        <Button
          variant="light"
          size="xs"
          mt="xs"
          onClick={() => onChange(addStage(stages, t("pipeline.settings.newStage")))}
          data-testid="add-stage"
        >
          {t("pipeline.settings.addStage")}
        </Button>
      ) : null}
    </>
  );
}
