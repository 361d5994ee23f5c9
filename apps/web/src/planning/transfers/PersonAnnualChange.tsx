import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMoney } from "../../comp/shared/use-money";
import type { PersonEffect } from "./transfer-effects";

/** One person's annual without and with a transfer ("€3,564,000 → €3,032,328.72", then −€531,671.28), or today's. */
export function PersonAnnualChange({
  effect,
  current,
  currency,
  testId,
}: {
  effect: PersonEffect;
  current: string | null;
  currency: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const { before, after, delta } = effect;
  const negative = delta?.startsWith("-") ?? false;
  return (
    <div data-testid={testId} data-before={before ?? ""} data-after={after ?? ""}>
      <Text size="sm" fw={500}>
        {effect.name}
      </Text>
      {before !== null && after !== null && delta !== null ? (
        <>
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            {t("planning.transfers.annualChange", {
              before: money(before, currency),
              after: money(after, currency),
            })}
          </Text>
          <Text size="xs" fw={500} c={negative ? "red.7" : "teal.7"} data-testid={`${testId}-delta`}>
            {`${negative ? "−" : "+"}${money(delta.replace(/^-/, ""), currency)}`}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {current !== null ? t("planning.transfers.annualNow", { annual: money(current, currency) }) : "—"}
        </Text>
      )}
    </div>
  );
}
