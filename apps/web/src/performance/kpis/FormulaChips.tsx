import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { useMemo } from "react";
import { tokenizeFormula } from "../shared/formula-tokens";

type Measure = { key: string; label: string; description: string };

/** A formula read aloud: each measure as a chip with its label (the key and description in the tooltip). */
export function FormulaChips({
  formula,
  measures,
}: {
  formula: string;
  measures: ReadonlyMap<string, Measure>;
}) {
  const tokens = useMemo(() => tokenizeFormula(formula, new Set(measures.keys())), [formula, measures]);
  return (
    <Group gap={4} wrap="wrap" data-testid="kpi-formula" data-formula={formula}>
      {tokens.map((token) => {
        const measure = token.measure ? measures.get(token.text) : undefined;
        return measure ? (
          <Tooltip key={token.start} label={`${measure.key} — ${measure.description}`} multiline w={280}>
            <Badge variant="light" radius="sm" tt="none" size="sm">
              {measure.label}
            </Badge>
          </Tooltip>
        ) : token.text.trim() ? (
          <Text key={token.start} span size="sm" ff="monospace">
            {token.text.trim()}
          </Text>
        ) : null;
      })}
    </Group>
  );
}
