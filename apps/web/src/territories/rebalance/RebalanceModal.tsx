import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BalanceWeights, OptimisationMethod, TerritoryPlan } from "../../api/territory-types";
import { useStartOptimisation } from "../../api/use-territory-balancing";
import { ApiError } from "../../comp/shared/ApiError";
import { leafPrimaryTerritories } from "../plan/build-territory-tree";

type Props = { plan: TerritoryPlan; onClose: () => void; onStarted: (runId: string) => void };

// The API's defaults, shown so the planner sees what "balanced" means before changing it.
const DEFAULT_WEIGHTS: BalanceWeights = { potential: 1, workload: 0.5, compactness: 0.2, disruption: 0.3 };
const WEIGHTS = ["potential", "workload", "compactness", "disruption"] as const;
const METHODS: readonly OptimisationMethod[] = ["auto", "milp", "heuristic"];

/** The balancing run's options: territories in scope, objective weights, method and the solver's time limit. */
export function RebalanceModal({ plan, onClose, onStarted }: Props) {
  const { t } = useTranslation();
  const start = useStartOptimisation(plan.id);
  const leaves = leafPrimaryTerritories(plan.territories).sort((a, b) => a.name.localeCompare(b.name));
  const [scope, setScope] = useState<string[]>([]);
  const [weights, setWeights] = useState<BalanceWeights>(DEFAULT_WEIGHTS);
  const [method, setMethod] = useState<OptimisationMethod>("auto");
  const [timeLimit, setTimeLimit] = useState(20);

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t("territories.rebalance.title")}</Text>}
      closeButtonProps={{ "aria-label": t("territories.close") }}
      data-testid="rebalance-modal"
    >
      <Stack>
        <MultiSelect
          label={t("territories.rebalance.scope")}
          description={t("territories.rebalance.scopeHint")}
          placeholder={
            scope.length === 0
              ? t("territories.rebalance.allTerritories", { count: leaves.length })
              : undefined
          }
          data={leaves.map((x) => ({ value: x.id, label: `${x.name} (${x.key})` }))}
          value={scope}
          onChange={setScope}
          searchable
          clearable
        />
        <Text size="sm" fw={600}>
          {t("territories.rebalance.weights")}
        </Text>
        <SimpleGrid cols={2}>
          {WEIGHTS.map((w) => (
            <NumberInput
              key={w}
              label={t(`territories.rebalance.weight.${w}`)}
              description={t(`territories.rebalance.weightHint.${w}`)}
              min={0}
              max={1000}
              step={0.1}
              decimalScale={3}
              value={weights[w]}
              onChange={(value) =>
                setWeights((current) => ({
                  ...current,
                  [w]: typeof value === "number" ? value : Number(value) || 0,
                }))
              }
              data-testid={`weight-${w}`}
            />
          ))}
        </SimpleGrid>
        <Group grow>
          <Select
            label={t("territories.rebalance.method")}
            data={METHODS.map((m) => ({ value: m, label: t(`territories.rebalance.methods.${m}`) }))}
            value={method}
            allowDeselect={false}
            onChange={(value) => setMethod(METHODS.find((m) => m === value) ?? "auto")}
          />
          <NumberInput
            label={t("territories.rebalance.timeLimit")}
            min={1}
            max={120}
            allowDecimal={false}
            value={timeLimit}
            onChange={(value) =>
              setTimeLimit(
                Math.min(120, Math.max(1, typeof value === "number" ? value : Number(value) || 20)),
              )
            }
            suffix=" s"
          />
        </Group>
        {start.isError ? <ApiError error={start.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("territories.cancel")}
          </Button>
          <Button
            loading={start.isPending}
            data-testid="start-rebalance"
            onClick={() =>
              start.mutate(
                {
                  ...(scope.length > 0 ? { territoryIds: scope } : {}),
                  weights,
                  method,
                  timeLimitSeconds: timeLimit,
                },
                { onSuccess: (run) => onStarted(run.id) },
              )
            }
          >
            {t("territories.rebalance.start")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
