import { Group, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../../app/use-app-locale";
import { sumDecimalStrings } from "../../comp/shared/decimal-sum";
import { isDecimalString } from "../../format/decimal-string";
import { formatMonth } from "../../format/format-date";
import { formatShare } from "../shared/format-plan-amount";
import type { AssumptionsForm, FormIssues } from "./assumptions-form";
import { percentToFraction } from "./percent-text";
import { WizardField } from "./WizardField";

type Props = {
  form: AssumptionsForm;
  issues: FormIssues;
  months: string[];
  currency: string;
  onChange: (patch: Partial<AssumptionsForm>) => void;
};

/** The company's annual target, and how it spreads over the year: learnt from history, or twelve entered weights. */
export function TargetStep({ form, issues, months, currency, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const entered = form.seasonalitySource === "entered";
  const valid = form.seasonality.every((w) => isDecimalString(w.replace(",", ".")));
  const sum = valid ? sumDecimalStrings(form.seasonality.map((w) => w.replace(",", "."))) : null;
  return (
    <Stack gap="md">
      <WizardField
        label={t("planning.wizard.target", { currency })}
        value={form.target}
        issue={issues.target}
        onChange={(target) => onChange({ target })}
        w={280}
      />
      <div>
        <Text size="sm" fw={500} id="seasonality-source">
          {t("planning.wizard.seasonality")}
        </Text>
        <SegmentedControl
          aria-labelledby="seasonality-source"
          value={form.seasonalitySource}
          onChange={(value) => onChange({ seasonalitySource: value === "entered" ? "entered" : "history" })}
          data={[
            { value: "history", label: t("planning.wizard.seasonalityHistory") },
            { value: "entered", label: t("planning.wizard.seasonalityEntered") },
          ]}
        />
      </div>
      <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
        {months.map((month, i) =>
          entered ? (
            <WizardField
              key={month}
              label={formatMonth(month, locale, "short")}
              unit="%"
              value={form.seasonality[i] ?? ""}
              issue={issues[`seasonality.${i}`]}
              onChange={(value) =>
                onChange({ seasonality: form.seasonality.map((w, j) => (j === i ? value : w)) })
              }
            />
          ) : (
            <Stack key={month} gap={0}>
              <Text size="xs" c="dimmed">
                {formatMonth(month, locale, "short")}
              </Text>
              <Text size="sm" className="num" ta="left">
                {formatShare(percentToFraction(form.seasonality[i] ?? "0"), locale)}
              </Text>
            </Stack>
          ),
        )}
      </SimpleGrid>
      <Group gap="xs">
        <Text
          size="sm"
          c={issues.seasonality ? "red" : "dimmed"}
          role={issues.seasonality ? "alert" : undefined}
          data-testid="seasonality-sum"
        >
          {t("planning.wizard.seasonalitySum", {
            sum: sum === null ? "—" : formatShare(percentToFraction(sum), locale),
          })}
          {issues.seasonality ? ` — ${t(`planning.wizard.issues.${issues.seasonality}`)}` : ""}
        </Text>
      </Group>
    </Stack>
  );
}
