import type { SQL } from "drizzle-orm";
import type { Db } from "../connect";

/** Runs a raw SQL query and returns its rows; both drivers return `{ rows }`. */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
