import { z } from "@hono/zod-openapi";
import { roles } from "@attain/db";

export const MeSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    locale: z.enum(["en", "fr"]),
    person: z.object({ id: z.string().uuid(), fullName: z.string(), jobRole: z.string() }).nullable(),
    workspace: z.object({
      id: z.string().uuid(),
      name: z.string(),
      reportingCurrency: z.string(),
      fiscalYearStartMonth: z.number().int(),
    }),
    today: z.string().openapi({ description: "The server's current date (YYYY-MM-DD)" }),
  })
  .openapi("Me");

export type Me = z.infer<typeof MeSchema>;
