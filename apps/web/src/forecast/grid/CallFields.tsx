import { SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CallCategory } from "../../api/forecast-types";
import type { CallFormError, CallInputs } from "./call-form";
import { callCategories } from "./grid-columns";

type Props = {
  inputs: CallInputs;
  onChange: (inputs: CallInputs) => void;
  errors: readonly CallFormError[];
  /** Server refusals by field (`calls.commit`), shown under the field they name. */
  serverErrors?: readonly { path: string; message: string }[];
  disabled?: boolean;
  testIdPrefix: string;
  describe?: (category: CallCategory) => string | undefined;
  /** Fields per row on wide screens (a modal has room for two). */
  columns?: number;
};

const reasonKey = {
  invalid: "forecast.call.invalid",
  negative: "forecast.call.negative",
  empty: "forecast.call.empty",
  required: "forecast.call.noteRequired",
} as const;

/** The four amounts a person calls (closed is computed), as text so no amount goes through a float. */
export function CallFields({
  inputs,
  onChange,
  errors,
  serverErrors = [],
  disabled,
  testIdPrefix,
  describe,
  columns = 4,
}: Props) {
  const { t } = useTranslation();
  const errorOf = (category: CallCategory) => {
    const local = errors.find((e) => e.field === category);
    if (local) return t(reasonKey[local.reason]);
    return serverErrors.find((e) => e.path === `calls.${category}` || e.path === category)?.message;
  };
  return (
    <SimpleGrid cols={{ base: 2, md: columns }} spacing="sm">
      {callCategories.map((category) => (
        <TextInput
          key={category}
          label={t(`forecast.categories.${category}`)}
          inputMode="decimal"
          autoComplete="off"
          value={inputs[category]}
          disabled={disabled}
          error={errorOf(category)}
          description={describe?.(category)}
          onChange={(e) => onChange({ ...inputs, [category]: e.currentTarget.value })}
          data-testid={`${testIdPrefix}-${category}`}
        />
      ))}
    </SimpleGrid>
  );
}
