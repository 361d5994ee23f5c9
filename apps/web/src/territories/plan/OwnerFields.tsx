import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePeople } from "../../api/use-people";
import type { OwnerForm } from "./territory-form";

type Props = {
  owners: OwnerForm[];
  onChange: (owners: OwnerForm[]) => void;
  error: (field: string) => string | undefined;
  defaultValidFrom: string;
};

/** Who covers the territory: one primary owner (the rep), overlays (specialists), each effective-dated. */
export function OwnerFields({ owners, onChange, error, defaultValidFrom }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const options = (people.data ?? []).map((p) => ({ value: p.id, label: `${p.fullName} · ${p.jobRole}` }));
  const update = (i: number, change: Partial<OwnerForm>) =>
    onChange(owners.map((o, j) => (j === i ? { ...o, ...change } : o)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t("territories.editor.owners")}
      </Text>
      {owners.map((owner, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an owner row has no identity but its position until saved
        <Group key={`${i}-${owner.personId}`} align="flex-start" wrap="nowrap" data-testid="owner-row">
          <Select
            label={t("territories.editor.person")}
            data={options}
            searchable
            value={owner.personId || null}
            onChange={(value) => update(i, { personId: value ?? "" })}
            error={error(`owners[${i}].personId`)}
            style={{ flex: 2 }}
          />
          <Select
            label={t("territories.editor.role")}
            data={[
              { value: "primary", label: t("territories.owner.primary") },
              { value: "overlay", label: t("territories.owner.overlay") },
            ]}
            value={owner.role}
            allowDeselect={false}
            onChange={(value) => update(i, { role: value === "overlay" ? "overlay" : "primary" })}
            style={{ flex: 1 }}
          />
          <TextInput
            label={t("territories.editor.validFrom")}
            type="date"
            value={owner.validFrom}
            onChange={(e) => update(i, { validFrom: e.currentTarget.value })}
            error={error(`owners[${i}].validFrom`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            onClick={() => onChange(owners.filter((_, j) => j !== i))}
            aria-label={t("territories.editor.removeOwner")}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error("owners") ? (
        <Text size="xs" c="red">
          {error("owners")}
        </Text>
      ) : null}
      <Group>
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            onChange([
              ...owners,
              {
                personId: "",
                role: owners.length === 0 ? "primary" : "overlay",
                validFrom: defaultValidFrom,
                validTo: "",
              },
            ])
          }
        >
          {t("territories.editor.addOwner")}
        </Button>
      </Group>
    </Stack>
  );
}
