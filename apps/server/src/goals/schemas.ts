import { z } from "@hono/zod-openapi";
import { goalOwnerKinds, goalStatuses } from "@attain/db";
import { decimalString, isoDate } from "../http/schemas";

const text = (max: number) => z.string().trim().max(max);

export const GoalOwnerInput = z
  .object({
    kind: z.enum(goalOwnerKinds),
    personId: z.string().uuid().nullable().optional(),
    teamId: z.string().uuid().nullable().optional(),
  })
  .openapi("GoalOwnerInput");

export const MilestoneInput = z.object({
  label: text(200).min(1, "Must not be empty"),
  dueOn: isoDate,
  target: decimalString,
});

export const GoalBody = z
  .object({
    name: text(200).min(1, "Must not be empty"),
    description: text(4000).default(""),
    owner: GoalOwnerInput,
    kpiKey: z.string().min(1).max(200),
    target: decimalString.openapi({ description: "In the KPI's unit; percentages as fractions (0.25)" }),
    baseline: decimalString.nullable().optional(),
    startsOn: isoDate,
    deadline: isoDate,
    rationale: text(4000).default(""),
    relevance: text(4000).default(""),
    milestones: z.array(MilestoneInput).max(52).default([]),
  })
  .openapi("GoalBody");
export type GoalInput = z.infer<typeof GoalBody>;

export const GoalsQuery = z.object({
  personId: z.string().uuid().optional(),
  teamId: z.string().uuid().optional(),
  status: z.enum(goalStatuses).optional(),
});
export type GoalsFilter = z.infer<typeof GoalsQuery>;

export const GoalParams = z.object({ id: z.string().uuid() });

const GoalProgressSchema = z.object({
  value: z.string().nullable(),
  ratio: z.string().nullable(),
  expectedByToday: z.string().nullable(),
  status: z.enum(["on_track", "at_risk", "off_track", "achieved", "missed", "not_started"]),
  milestones: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      dueOn: z.string(),
      target: z.string(),
      value: z.string().nullable(),
      met: z.boolean().nullable(),
    }),
  ),
  explanation: z.string(),
  explanationCode: z.string().optional(),
  explanationParams: z.record(z.string(), z.string()).optional(),
});

export const GoalSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string(),
    owner: z.object({
      kind: z.enum(goalOwnerKinds),
      personId: z.string().nullable(),
      teamId: z.string().nullable(),
      name: z.string(),
    }),
    kpi: z.object({ key: z.string(), name: z.string(), unit: z.string(), direction: z.string() }),
    target: z.string(),
    baseline: z.string().nullable(),
    startsOn: z.string(),
    deadline: z.string(),
    rationale: z.string(),
    relevance: z.string(),
    status: z.enum(goalStatuses),
    progress: GoalProgressSchema,
    milestones: z.array(
      z.object({ id: z.string(), label: z.string(), dueOn: z.string(), target: z.string() }),
    ),
  })
  .openapi("Goal");
export type GoalDto = z.infer<typeof GoalSchema>;
