import { Badge, List, Modal, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TraceStep } from "../../api/comp-types";

type Props = { title: string; amount: string; steps: readonly TraceStep[]; onClose: () => void };

/**
 * "Why this number?": each rule the engine applied, what it did, and the values it used.
 * Mount it only while it is shown: Mantine keeps a closed modal's root in the page, and a page can hold several
 * traces (statement lines, what-if deals), so a mounted-when-open modal is the one `trace-modal` on screen.
 */
export function TraceModal({ title, amount, steps, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        <Text fw={700}>
          {t("comp.statement.whyTitle", { line: title })}{" "}
          <Badge variant="light" component="span">
            {amount}
          </Badge>
        </Text>
      }
      closeButtonProps={{ "aria-label": t("comp.close") }}
      data-testid="trace-modal"
    >
      {steps.length === 0 ? <Text c="dimmed">{t("comp.statement.noTrace")}</Text> : null}
      <List type="ordered" spacing="md" data-testid="trace-steps">
        {steps.map((step, index) => (
          // Steps have no id of their own; their order is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the trace is an ordered, immutable list
          <List.Item key={index} data-testid="trace-step">
            <Stack gap={4}>
              <Text fw={600} ff="monospace" size="sm" data-testid="trace-rule">
                {step.rule}
              </Text>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {step.detail}
              </Text>
              {Object.keys(step.values).length > 0 ? (
                <Table withTableBorder fz="xs" layout="fixed">
                  <Table.Tbody>
                    {Object.entries(step.values).map(([name, value]) => (
                      <Table.Tr key={name}>
                        <Table.Th scope="row" w="32%">
                          {name}
                        </Table.Th>
                        {/* Ids (credit, transaction) are long: they wrap instead of pushing the table out of the dialog. */}
                        <Table.Td className="num" style={{ whiteSpace: "normal", overflowWrap: "anywhere" }}>
                          {value}
                        </Table.Td>
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
