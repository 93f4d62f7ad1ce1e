import { type EntityName } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";

/**
 * Batches loads by id within a request: one `where id in (...)` for every id asked for while
 * resolving the same level of a query, instead of one query per object.
 */
export function byIdLoader<T extends { id: string }>(
  find: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await find([...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Entities by id, batched as `byIdLoader`. */
export const entityByIdLoader = <T extends { id: string }>(em: EntityManager, entity: EntityName<T>) =>
  byIdLoader((ids) => em.find(entity, { id: { $in: ids } } as never));
