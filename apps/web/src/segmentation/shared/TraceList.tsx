import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The engine's reasons, one per line, in its words (rule and values, rank and cut-off, scores, distance). */
export function TraceList({ trace }: { trace: readonly string[] }) {
  const { t } = useTranslation();
  if (trace.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("segmentation.trace.none")}
      </Text>
    );
  return (
    <List size="sm" spacing={2} data-testid="trace">
      {trace.map((line, i) => (
        // Lines may repeat (two conditions on one value); the position keeps them apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: the trace is static text, in order
        <List.Item key={i}>{line}</List.Item>
      ))}
    </List>
  );
}
