import { type EntityName, type FilterQuery, LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/**
 * A user's own row by id. Anyone else's row, a row `live` excludes (deleted, say) and a malformed id
 * are all NOT_FOUND: they do not exist for the caller. Writers lock the row (`forUpdate`, inside their
 * transaction) so two concurrent changes serialise.
 */
export async function findOwn<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  what: string,
  userId: string,
  id: string,
  options: { forUpdate?: boolean; live?: FilterQuery<T> } = {},
): Promise<T> {
  if (!isUuid(id)) throw notFound(what);
  const where = { id, user: userId, ...(options.live as object) } as FilterQuery<T>;
  const row = await em.findOne(
    entity,
    where,
    options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!row) throw notFound(what);
  return row;
}
