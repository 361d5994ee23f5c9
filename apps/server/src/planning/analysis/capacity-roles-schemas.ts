import { z } from "@hono/zod-openapi";
import { CapacityRoleAssumptionSchema, ScenarioSchema } from "../schemas";

export const CapacityRolesBody = z
  .object({
    baseRevision: z.number().int().min(1),
    roles: z.array(CapacityRoleAssumptionSchema).min(1).max(12),
  })
  .openapi("PlanningCapacityRolesUpdate");
export type CapacityRolesBody = z.infer<typeof CapacityRolesBody>;

export const CapacityRolesResultSchema = z
  .object({
    scenario: ScenarioSchema,
    reallocated: z.boolean().openapi({
      description:
        "True when the ae role's productivity or utilisation changed: they feed the allocation's capacity driver, so the allocation was re-run (as PUT …/assumptions does)",
    }),
  })
  .openapi("PlanningCapacityRolesResult");
