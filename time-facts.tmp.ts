import { openDatabase } from "@attain/db";
import { migrateDatabase } from "./packages/db/src/migrate";
import { loadDemoCompany } from "./apps/server/src/demo/load-demo-company";
import { measureSources } from "./apps/server/src/kpis/measure-sources";
import { writeSourceFacts } from "./apps/server/src/kpis/facts/write-source-facts";
const database = await openDatabase({ dataDir: "memory://" });
await migrateDatabase(database);
let t = performance.now();
const r = await loadDemoCompany(database, { today: "2026-11-22", scale: Number(process.env.SCALE ?? 1) });
console.log(JSON.stringify({planningMs: r.planningMs, territoriesMs: r.territoriesMs, forecastCloseMs: r.forecastCloseMs}));
console.log("load", Math.round(performance.now() - t), "kpiFactsMs", Math.round(r.kpiFactsMs));
for (const s of measureSources) {
  if (!s.additive.length) continue;
  t = performance.now();
  await writeSourceFacts(database.db, r.workspaceId, s, null);
  console.log(s.source, Math.round(performance.now() - t));
}
process.exit(0);
