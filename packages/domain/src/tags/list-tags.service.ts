import { type EntityManager } from "@mikro-orm/postgresql";
import { type TagRow, findTagRows } from "./tag-rows";

/** The user's tags, by name. */
export function listTags(em: EntityManager, userId: string): Promise<TagRow[]> {
  return findTagRows(em, { user: userId }, { orderBy: { name: "asc", id: "asc" } });
}
