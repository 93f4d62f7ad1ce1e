import { type EntityName } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";

/**
 * Batches loads of one entity by id within a request: one `where id in (...)` for every id asked
 * for while resolving the same level of a query, instead of one query per object.
 */
export function entityByIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
