import { z } from "zod";
import { isValidDate } from "../calendar/dates";
import type { RoundingMode } from "../money/round-amount";
import type { PlanDefinition } from "./plan";
import { nearestName } from "./validate-plan-nearest-name";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const PERCENT = /^(-?)(\d+)(?:\.(\d+))?%$/;

// "5%" → "0.05" by moving the decimal point two places (string arithmetic: no float ever sees a rate).
function percentToDecimal(value: unknown): unknown {
  const match = typeof value === "string" ? PERCENT.exec(value) : null;
  if (!match) return value;
  const [, sign = "", whole = "", fraction = ""] = match;
  const scale = fraction.length + 2;
  const digits = (whole + fraction).padStart(scale + 1, "0");
  const units = digits.slice(0, -scale).replace(/^0+(?=\d)/, "");
  return `${sign}${units}.${digits.slice(-scale)}`;
}

/** A plain decimal string ("0.05", "-12.50"); "5%" is accepted and becomes "0.05". */
const decimal = z.preprocess(
  percentToDecimal,
  z
    .string({ error: expected("a decimal such as 0.05") })
    .regex(DECIMAL, { error: expected("a decimal such as 0.05") }),
);

const date = z
  .string({ error: expected("a date YYYY-MM-DD") })
  .refine(isValidDate, { error: expected("a real date YYYY-MM-DD") });

const text = z.string({ error: expected("text") }).min(1, "must not be empty");

// One wording for every field: "missing (expected …)" or "expected …, got …", so messages read alike.
function expected(what: string, known: readonly string[] = []) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `missing (expected ${what})`;
    const near = typeof issue.input === "string" ? nearestName(issue.input, known) : null;
    return `expected ${what}, got ${JSON.stringify(issue.input)}${near === null ? "" : ` (did you mean "${near}"?)`}`;
  };
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(`one of ${values.join(", ")}`, values) });
}

// A discriminated union's error names the bad `kind`, not the whole object.
function kindOf(values: readonly string[]) {
  const message = expected(`one of ${values.join(", ")}`, values);
  return (issue: { input?: unknown }) => {
    const input = issue.input;
    return message({
      input: typeof input === "object" && input !== null ? Reflect.get(input, "kind") : input,
    });
  };
}

function count(minimum: number) {
  return z
    .number({ error: expected("a whole number") })
    .int({ error: expected("a whole number") })
    .min(minimum, `must be at least ${minimum}`);
}

// Strict objects name the unknown key, with the nearest known key when it looks like a typo.
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeys(issue.keys, known) : undefined),
  });
}

// One line per key: validate-plan-schema-issues splits them so each unknown key is located on its own.
function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const near = nearestName(key, known);
      return `unknown key "${key}"${near === null ? "" : ` (did you mean "${near}"?)`}`;
    })
    .join("\n");
}

const roundingModeNames = [
  "half_up",
  "half_even",
  "half_down",
  "up",
  "down",
  "ceiling",
  "floor",
] as const satisfies readonly RoundingMode[];
const periodKind = oneOf(["month", "quarter", "year"]);
const creditRole = oneOf(["direct", "split", "overlay", "team", "rollup"]);

const tier = strict({
  from: decimal,
  to: decimal.nullable().default(null),
  rate: decimal,
  rateAtTo: decimal.optional(),
});

const tierTable = strict({
  name: text,
  basis: oneOf(["attainment", "amount"]),
  method: oneOf(["marginal", "retroactive", "interpolated"]),
  boundary: oneOf(["upper", "lower"]).default("upper"),
  tiers: z.array(tier),
});

const rateTable = strict({
  name: text,
  keys: z.array(text),
  rows: z.array(strict({ match: z.record(z.string(), text), rate: decimal })),
  defaultRate: decimal.nullable().default(null),
});

const filterShape = {
  roles: z.array(creditRole).optional(),
  attributes: z.record(z.string(), z.array(text)).optional(),
  from: date.optional(),
  to: date.optional(),
  minimumAmount: decimal.optional(),
};

const gate = z.union(
  [
    strict({ scope: oneOf(["period", "year_to_date"]), attainmentAtLeast: decimal }),
    strict({ formula: text }),
  ],
  { error: "a gate is either { scope, attainmentAtLeast } or { formula }" },
);

const caps = strict({
  perDeal: decimal.optional(),
  perPeriod: decimal.optional(),
  perYear: decimal.optional(),
  targetIncentiveMultiple: decimal.optional(),
});

const rateSource = z.discriminatedUnion(
  "kind",
  [
    strict({ kind: z.literal("flat"), rate: decimal }),
    strict({ kind: z.literal("rate_table"), table: text }),
    strict({ kind: z.literal("tiers"), table: text }),
  ],
  { error: kindOf(["flat", "rate_table", "tiers"]) },
);

const component = z.discriminatedUnion(
  "kind",
  [
    strict({
      kind: z.literal("commission"),
      name: text,
      measure: text,
      filter: strict(filterShape).optional(),
      rate: rateSource,
      evaluation: oneOf(["per_transaction", "cumulative"]),
      reset: periodKind,
      trueUp: z.boolean().default(false),
      multiplier: strict({ table: text, gate: gate.optional() }).optional(),
      gate: gate.optional(),
      caps: caps.optional(),
    }),
    strict({
      kind: z.literal("attainment_bonus"),
      name: text,
      table: text,
      targetShare: decimal,
      gate: gate.optional(),
      caps: caps.optional(),
    }),
    strict({
      kind: z.literal("mbo"),
      name: text,
      objectives: z.array(strict({ key: text, label: text, weight: decimal })),
      targetAmount: decimal,
      maxScore: decimal.default("1"),
    }),
    strict({
      kind: z.literal("spif"),
      name: text,
      measure: text,
      filter: strict({ ...filterShape, from: date, to: date }),
      payout: z.union([strict({ perDeal: decimal }), strict({ rate: decimal })], {
        error: "a payout is either { perDeal } or { rate }",
      }),
      eligibleJobRoles: z.array(text).default([]),
      caps: caps.optional(),
    }),
    strict({
      kind: z.literal("override"),
      name: text,
      measure: text,
      rate: z.discriminatedUnion(
        "kind",
        [
          strict({ kind: z.literal("flat"), rate: decimal }),
          strict({ kind: z.literal("tiers"), table: text }),
        ],
        { error: kindOf(["flat", "tiers"]) },
      ),
      threshold: decimal.default("0"),
      caps: caps.optional(),
    }),
    strict({ kind: z.literal("formula"), name: text, formula: text, caps: caps.optional() }),
  ],
  { error: kindOf(["commission", "attainment_bonus", "mbo", "spif", "override", "formula"]) },
);

/**
 * The plan file / API shape of a `PlanDefinition`. Optional parts get defaults (documented in docs/plans.md);
 * unknown keys are errors so a typo never silently drops a rule.
 */
export const planSchema: z.ZodType<PlanDefinition, unknown> = strict({
  key: text,
  name: text,
  version: count(1),
  effectiveFrom: date,
  effectiveTo: date.nullable().default(null),
  currency: text,
  period: periodKind,
  quotaMeasure: text,
  rounding: strict({
    mode: oneOf(roundingModeNames),
    apply: oneOf(["line", "component", "payout"]),
    places: count(0).max(100, "must be at most 100").optional(),
  }).default({ mode: "half_up", apply: "line" }),
  rateTables: z.array(rateTable).default([]),
  tierTables: z.array(tierTable).default([]),
  variables: z.array(strict({ name: text, formula: text })).default([]),
  components: z.array(component),
  draw: strict({
    kind: oneOf(["recoverable", "non_recoverable"]),
    amount: decimal,
    recoveryShare: decimal.default("1"),
    until: date.nullable().default(null),
  })
    .nullable()
    .default(null),
  clawback: strict({
    windowDays: count(1),
    method: oneOf(["full", "prorated", "sliding"]),
    schedule: z.array(strict({ withinDays: count(1), share: decimal })).default([]),
  })
    .nullable()
    .default(null),
  holdback: strict({ share: decimal, releaseAfterPeriods: count(1) })
    .nullable()
    .default(null),
});
