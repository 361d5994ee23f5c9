import { and, eq } from "drizzle-orm";
import { compResultLineSets, type Db } from "@attain/db";
import { decodeResultLines, type StoredLine } from "./decode-result-lines";

/** The lines of a result (by its line set id), numbered from 1, each with its trace. */
export async function loadResultLines(
  db: Db,
  params: { workspaceId: string; lineSetId: string },
): Promise<StoredLine[]> {
  const [set] = await db
    .select({ lines: compResultLineSets.lines })
    .from(compResultLineSets)
    .where(
      and(
        eq(compResultLineSets.workspaceId, params.workspaceId),
        eq(compResultLineSets.id, params.lineSetId),
      ),
    );
  return set ? decodeResultLines(set.lines) : [];
}
