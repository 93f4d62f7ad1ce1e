import { type EntityManager } from "@mikro-orm/postgresql";
import { trashCutoff } from "./trash-rules";

export const TRASH_PURGE_BATCH_SIZE = 500;

/**
 * One round of the trash purge: deletes for good the tasks deleted more than 30 days ago, a batch per
 * transaction (their history and goal links go with them), so no round holds many locks for long. Every
 * API instance may run it: rows another instance is deleting are skipped. Answers how many went.
 */
export async function purgeTrash(
  em: EntityManager,
  now = new Date(),
  batchSize = TRASH_PURGE_BATCH_SIZE,
): Promise<number> {
  let purged = 0;
  for (;;) {
    const result = await em.fork().execute<{ affectedRows: number }>(
      `delete from tasks where id in (
         select id from tasks where is_deleted and deleted_at <= ? order by deleted_at limit ?
         for update skip locked)`,
      [trashCutoff(now), batchSize],
      "run",
    );
    purged += result.affectedRows;
    if (result.affectedRows < batchSize) return purged;
  }
}
