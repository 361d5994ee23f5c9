import { Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { nextTierName, type SegmentationForm, tierBases, tierMethods } from "./segmentation-form";
import type { FieldError } from "./use-field-error";

type Props = {
  form: SegmentationForm;
  error: FieldError;
  onChange: (changes: Partial<SegmentationForm>) => void;
};

const isBasis = (v: string | null): v is SegmentationForm["basis"] => tierBases.some((b) => b === v);
const isMethod = (v: string): v is SegmentationForm["method"] => tierMethods.some((m) => m === v);

/** Tiers by a basis: top shares of accounts (rank), of the basis total (cumulative, ABC), or minimums (threshold). */
export function TiersEditor({ form, error, onChange }: Props) {
  const { t } = useTranslation();
  const threshold = form.method === "threshold";
  const setTier = (i: number, changes: Partial<SegmentationForm["tiers"][number]>) =>
    onChange({ tiers: form.tiers.map((row, j) => (j === i ? { ...row, ...changes } : row)) });
  return (
    <Stack gap="sm" data-testid="tiers-editor">
      <Group gap="md" align="flex-end">
        <Select
          label={t("segmentation.tiers.basis")}
          data={tierBases.map((b) => ({ value: b, label: t(`segmentation.fields.${b}`) }))}
          value={form.basis}
          allowDeselect={false}
          w={220}
          error={error("basis")}
          onChange={(v) => isBasis(v) && onChange({ basis: v })}
          data-testid="tier-basis"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("segmentation.tiers.method")}
          </Text>
          <SegmentedControl
            data={tierMethods.map((m) => ({ value: m, label: t(`segmentation.tiers.methods.${m}`) }))}
            value={form.method}
            onChange={(v) => isMethod(v) && onChange({ method: v })}
            data-testid="tier-method"
          />
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {t(`segmentation.tiers.help.${form.method}`)}
      </Text>
      {error("tiers") ? (
        <Text size="sm" c="red">
          {error("tiers")}
        </Text>
      ) : null}
      <Table w="auto" data-testid="tier-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("segmentation.tiers.tier")}</Table.Th>
            <Table.Th scope="col">
              {threshold ? t("segmentation.tiers.min") : t("segmentation.tiers.share")}
            </Table.Th>
            <Table.Th scope="col" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.tiers.map((row, i) => {
            const last = i === form.tiers.length - 1;
            const field = threshold ? "min" : "share";
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: tiers are identified by their position (A before B)
              <Table.Tr key={i} data-testid="tier-row">
                <Table.Td>
                  <TextInput
                    aria-label={t("segmentation.tiers.tierN", { n: i + 1 })}
                    value={row.tier}
                    w={140}
                    error={error(`tiers[${i}].tier`)}
                    onChange={(e) => setTier(i, { tier: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  {last ? (
                    <Text size="sm" c="dimmed">
                      {t("segmentation.tiers.rest")}
                    </Text>
                  ) : (
                    <TextInput
                      aria-label={t(`segmentation.tiers.${field}N`, { n: i + 1 })}
                      value={row[field]}
                      inputMode="decimal"
                      rightSection={threshold ? undefined : "%"}
                      w={160}
                      error={error(`tiers[${i}].${field}`)}
                      onChange={(e) => setTier(i, { [field]: e.currentTarget.value })}
                      styles={{ input: { textAlign: "right", fontVariantNumeric: "tabular-nums" } }}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={form.tiers.length <= 2}
                    onClick={() => onChange({ tiers: form.tiers.filter((_, j) => j !== i) })}
                  >
                    {t("segmentation.tiers.remove")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="light"
          onClick={() =>
            onChange({ tiers: [...form.tiers, { tier: nextTierName(form.tiers), share: "", min: "" }] })
          }
        >
          {t("segmentation.tiers.add")}
        </Button>
      </Group>
    </Stack>
  );
}
