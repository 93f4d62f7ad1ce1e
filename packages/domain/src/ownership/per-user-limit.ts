import { type EntityName } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { conflict } from "../errors/domain-error";

/**
 * Refuses (CONFLICT) to add one more of what a user may have at most `limit` of. Call it in the
 * transaction that adds it: the check holds a per-user lock until that transaction ends, so two
 * concurrent additions cannot both take the last place.
 */
export async function assertRoomForOneMore<T extends object>(
  tx: EntityManager,
  entity: EntityName<T>,
  userId: string,
  limit: number,
  what: string,
): Promise<void> {
  const table = tx.getMetadata().get<T>(entity).tableName;
  await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`${table}:${userId}`]);
  if ((await tx.count(entity, { user: userId } as never)) >= limit) {
    throw conflict(`A user can have at most ${limit} ${what}: delete one first`);
  }
}
