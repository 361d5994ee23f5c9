import { Badge, List, Modal, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TraceStep } from "../../api/comp-types";

type Props = { title: string; amount: string; steps: readonly TraceStep[] | null; onClose: () => void };

/** "Why this number?": each rule the engine applied, what it did, and the values it used. */
export function TraceModal({ title, amount, steps, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={steps !== null}
      onClose={onClose}
      size="lg"
      title={
        <Text fw={700}>
          {t("comp.statement.whyTitle", { line: title })} <Badge variant="light">{amount}</Badge>
        </Text>
      }
      closeButtonProps={{ "aria-label": t("comp.close") }}
      data-testid="trace-modal"
    >
      {steps && steps.length === 0 ? <Text c="dimmed">{t("comp.statement.noTrace")}</Text> : null}
      <List type="ordered" spacing="md" data-testid="trace-steps">
        {(steps ?? []).map((step, index) => (
          // Steps have no id of their own; their order is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the trace is an ordered, immutable list
          <List.Item key={index} data-testid="trace-step">
            <Stack gap={4}>
              <Text fw={600} ff="monospace" size="sm" data-testid="trace-rule">
                {step.rule}
              </Text>
              <Text size="sm">{step.detail}</Text>
              {Object.keys(step.values).length > 0 ? (
                <Table withTableBorder fz="xs" w="auto">
                  <Table.Tbody>
                    {Object.entries(step.values).map(([name, value]) => (
                      <Table.Tr key={name}>
                        <Table.Th scope="row">{name}</Table.Th>
                        <Table.Td className="num">{value}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Modal>
  );
}
