import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { CreditingSettingsSchema } from "../compensation/inputs/crediting-schemas";
import { getCreditingSettings } from "../compensation/inputs/get-crediting-settings";
import { getQuotaSettings } from "../compensation/inputs/get-quota-settings";
import {
  HoldBody,
  HoldListSchema,
  HoldParams,
  HoldSchema,
  HoldsQuery,
} from "../compensation/inputs/hold-schemas";
import { listCreditSplits } from "../compensation/inputs/list-credit-splits";
import { listHolds } from "../compensation/inputs/list-holds";
import { listMboScores } from "../compensation/inputs/list-mbo-scores";
import {
  MboScoreBody,
  MboScoreListSchema,
  MboScoreSchema,
  MboScoresQuery,
} from "../compensation/inputs/mbo-schemas";
import { placeHold } from "../compensation/inputs/place-hold";
import { QuotaSettingsSchema } from "../compensation/inputs/quota-schemas";
import { releaseHold } from "../compensation/inputs/release-hold";
import { replaceCreditSplits } from "../compensation/inputs/replace-credit-splits";
import { saveCreditingSettings } from "../compensation/inputs/save-crediting-settings";
import { saveQuotaSettings } from "../compensation/inputs/save-quota-settings";
import { setMboScore } from "../compensation/inputs/set-mbo-score";
import {
  DealSplitsListSchema,
  DealSplitsSchema,
  SplitParams,
  SplitsBody,
  SplitsQuery,
} from "../compensation/inputs/split-schemas";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation inputs"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ "application/json": { schema } });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: json(schema), required: true });

const listMboRoute = createRoute({
  method: "get",
  path: "/api/comp/mbo-scores",
  tags,
  summary:
    "MBO scores in the caller's pay scope (reps: their own; managers: their tree on the period's last day)",
  request: { query: MboScoresQuery },
  responses: {
    200: { description: "Scores", content: json(MboScoreListSchema) },
    ...problemResponses(400, 401, 403),
  },
});

const putMboRoute = createRoute({
  method: "put",
  path: "/api/comp/mbo-scores",
  tags,
  summary: "Set one objective's score (the person's managers on the period's last day, or comp admins)",
  description:
    "Creates or replaces the score of (personId, periodKey, component, objective). A published or paid period is a 409.",
  request: { body: body(MboScoreBody) },
  responses: {
    200: { description: "The stored score", content: json(MboScoreSchema) },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const listHoldsRoute = createRoute({
  method: "get",
  path: "/api/comp/holds",
  tags,
  summary: "Holds in the caller's pay scope, oldest first",
  request: { query: HoldsQuery },
  responses: {
    200: { description: "Holds", content: json(HoldListSchema) },
    ...problemResponses(400, 401, 403),
  },
});

const placeHoldRoute = createRoute({
  method: "post",
  path: "/api/comp/holds",
  tags,
  summary: "Hold a person's pay, or the pay on one order line, until released (comp admins)",
  request: { body: body(HoldBody) },
  responses: {
    201: { description: "The hold", content: json(HoldSchema) },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const releaseHoldRoute = createRoute({
  method: "post",
  path: "/api/comp/holds/{id}/release",
  tags,
  summary: "Release a hold (comp admins); a released hold is a 409",
  request: { params: HoldParams },
  responses: {
    200: { description: "The released hold", content: json(HoldSchema) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const getCreditingRoute = createRoute({
  method: "get",
  path: "/api/comp/settings/crediting",
  tags,
  summary: "The workspace's crediting rules (the defaults until saved; workspace-wide roles)",
  responses: {
    200: { description: "The rules", content: json(CreditingSettingsSchema) },
    ...problemResponses(401, 403),
  },
});

const putCreditingRoute = createRoute({
  method: "put",
  path: "/api/comp/settings/crediting",
  tags,
  summary: "Replace the workspace's crediting rules (comp admins); used from the next calculation",
  request: { body: body(CreditingSettingsSchema) },
  responses: {
    200: { description: "The stored rules", content: json(CreditingSettingsSchema) },
    ...problemResponses(400, 401, 403, 422),
  },
});

const getQuotaRoute = createRoute({
  method: "get",
  path: "/api/comp/settings/quota",
  tags,
  summary: "The workspace's quota proration and ramp policy (the defaults until saved; workspace-wide roles)",
  responses: {
    200: { description: "The policy", content: json(QuotaSettingsSchema) },
    ...problemResponses(401, 403),
  },
});

const putQuotaRoute = createRoute({
  method: "put",
  path: "/api/comp/settings/quota",
  tags,
  summary:
    "Replace the workspace's quota proration and ramp policy (comp admins); used from the next calculation",
  request: { body: body(QuotaSettingsSchema) },
  responses: {
    200: { description: "The stored policy", content: json(QuotaSettingsSchema) },
    ...problemResponses(400, 401, 403),
  },
});

const listSplitsRoute = createRoute({
  method: "get",
  path: "/api/comp/credit-splits",
  tags,
  summary: "Deals' credit splits and overlays in the caller's pay scope (deals with none are left out)",
  request: { query: SplitsQuery },
  responses: {
    200: { description: "Deals", content: json(DealSplitsListSchema) },
    ...problemResponses(400, 401, 403),
  },
});

const putSplitsRoute = createRoute({
  method: "put",
  path: "/api/comp/credit-splits/{opportunityId}",
  tags,
  summary: "Replace a deal's splits and overlays (comp admins)",
  description:
    '"split" shares replace the owner\'s credit and must add up to exactly 1 (422 naming `splits` and the sum); each "overlay" is extra credit in (0, 1].',
  request: { params: SplitParams, body: body(SplitsBody) },
  responses: {
    200: { description: "The deal's splits", content: json(DealSplitsSchema) },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

export function registerCompInputRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(listMboRoute, async (c) =>
    c.json({ items: await listMboScores(db, viewerOf(c), clock.today(), c.req.valid("query")) }, 200),
  );
  app.openapi(putMboRoute, async (c) =>
    c.json(await setMboScore(database, viewerOf(c), clock.now(), c.req.valid("json")), 200),
  );

  app.openapi(listHoldsRoute, async (c) => {
    const { active } = c.req.valid("query");
    const query = { active: active === undefined ? undefined : active === "true" };
    return c.json({ items: await listHolds(db, viewerOf(c), clock.today(), query) }, 200);
  });
  app.openapi(placeHoldRoute, async (c) =>
    c.json(await placeHold(database, viewerOf(c), clock.now(), c.req.valid("json")), 201),
  );
  app.openapi(releaseHoldRoute, async (c) =>
    c.json(await releaseHold(database, viewerOf(c), clock.now(), c.req.valid("param").id), 200),
  );

  app.openapi(getCreditingRoute, async (c) => c.json(await getCreditingSettings(db, viewerOf(c)), 200));
  app.openapi(putCreditingRoute, async (c) =>
    c.json(await saveCreditingSettings(database, viewerOf(c), clock.now(), c.req.valid("json")), 200),
  );

  app.openapi(getQuotaRoute, async (c) => c.json(await getQuotaSettings(db, viewerOf(c)), 200));
  app.openapi(putQuotaRoute, async (c) =>
    c.json(await saveQuotaSettings(database, viewerOf(c), clock.now(), c.req.valid("json")), 200),
  );

  app.openapi(listSplitsRoute, async (c) =>
    c.json({ items: await listCreditSplits(db, viewerOf(c), clock.today(), c.req.valid("query")) }, 200),
  );
  app.openapi(putSplitsRoute, async (c) => {
    const { opportunityId } = c.req.valid("param");
    const { splits } = c.req.valid("json");
    return c.json(await replaceCreditSplits(database, viewerOf(c), { opportunityId, splits }), 200);
  });
}
