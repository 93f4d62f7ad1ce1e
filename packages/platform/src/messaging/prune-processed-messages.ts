import { type EntityManager, type QueryResult } from "@mikro-orm/postgresql";

/** Rows deleted per statement: each batch is short, so pruning never holds up the consumers for long. */
const BATCH = 5_000;

/**
 * Forgets processed messages older than `before`: past the redelivery horizon a message cannot come
 * back, so its row no longer guards anything. Deletes in batches; returns how many rows went.
 */
export async function pruneProcessedMessages(em: EntityManager, before: Date): Promise<number> {
  let pruned = 0;
  for (;;) {
    const batch = await em.fork().execute<QueryResult>(
      `delete from processed_messages where ctid = any (array(
         select ctid from processed_messages where processed_at < ? limit ${BATCH}))`,
      [before],
      "run",
    );
    pruned += batch.affectedRows;
    if (batch.affectedRows < BATCH) return pruned;
  }
}
