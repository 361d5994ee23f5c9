import { Group, Progress, Table, Text } from "@mantine/core";
import { useAppLocale } from "../app/use-app-locale";
import { formatAttainment } from "../format/format-percent";

/** Attainment as a figure and a small bar; the bar is decoration (the figure carries the meaning). */
export function AttainmentCell({ ratio }: { ratio: string | null }) {
  const locale = useAppLocale();
  const percent = ratio === null ? 0 : Number(ratio) * 100; // display only
  const color = percent >= 100 ? "teal" : percent >= 70 ? "indigo" : "orange";
  return (
    <Table.Td className="num">
      <Group gap={8} justify="flex-end" wrap="nowrap">
        <Text span size="sm" className="num" data-testid="attainment">
          {formatAttainment(ratio, locale)}
        </Text>
        <Progress value={Math.min(100, percent)} color={color} w={56} size="sm" aria-hidden="true" />
      </Group>
    </Table.Td>
  );
}
