import { Autocomplete, Group, Pill, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlanAccounts } from "../../api/use-territories";

type Props = {
  planId: string;
  territoryId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error: (field: string) => string | undefined;
};

/** Named accounts: found by name in the plan's accounts, shown by name, removed with their pill's ×. */
export function NamedAccountsField({ planId, territoryId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = usePlanAccounts(planId, { q: q || undefined, limit: 20, offset: 0 });
  // The territory's own accounts give the names of those already named.
  const own = usePlanAccounts(planId, { territoryId: territoryId ?? undefined, limit: 1000, offset: 0 });
  const names = new Map<string, string>();
  for (const a of [...(own.data?.accounts ?? []), ...(found.data?.accounts ?? [])])
    names.set(a.accountId, a.name);
  const options = q
    ? (found.data?.accounts ?? [])
        .filter((a) => !value.includes(a.accountId))
        .map((a) => ({ value: a.accountId, label: `${a.name} · ${a.city ?? a.countryCode ?? ""}` }))
    : [];
  const messages = value.map((_, i) => error(`namedAccountIds[${i}]`));
  return (
    <Stack gap={4}>
      <Autocomplete
        label={t("territories.editor.namedAccounts")}
        description={t("territories.editor.namedAccountsHint")}
        placeholder={t("territories.editor.searchAccount")}
        value={search}
        onChange={setSearch}
        data={options}
        filter={({ options: all }) => all}
        onOptionSubmit={(id) => {
          onChange([...value, id]);
          setSearch("");
        }}
        error={error("namedAccountIds") && messages.every((m) => !m) ? error("namedAccountIds") : undefined}
      />
      <Group gap={4}>
        {value.map((id, i) => (
          <Stack key={id} gap={0}>
            <Pill
              withRemoveButton
              onRemove={() => onChange(value.filter((x) => x !== id))}
              data-testid="named-account"
            >
              {names.get(id) ?? id.slice(0, 8)}
            </Pill>
            {messages[i] ? (
              <Text size="xs" c="red">
                {messages[i]}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Group>
    </Stack>
  );
}
