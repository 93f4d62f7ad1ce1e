import { LockMode } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Tag } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { withUniqueName } from "../errors/unique-name";
import { findOwn } from "../ownership/find-own";

/** One of the user's tags, or NOT_FOUND (see findOwn). */
export const findOwnTag = (
  em: EntityManager,
  userId: string,
  tagId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Tag> => findOwn(em, Tag, "Tag", userId, tagId, options);

/**
 * The user's tags with these ids; any id that is not one of them is INVALID_INPUT on `field`. They are
 * locked for share until the transaction ends, so a tag deleted meanwhile waits and then takes its new
 * links with it, rather than failing their insert.
 */
export async function findAttachableTags(
  em: EntityManager,
  userId: string,
  tagIds: readonly string[],
  field: string,
): Promise<Tag[]> {
  if (tagIds.length === 0) return [];
  const tags = await em.find(
    Tag,
    { id: { $in: [...tagIds] }, user: userId },
    { lockMode: LockMode.PESSIMISTIC_READ },
  );
  const found = new Set(tags.map((tag) => tag.id));
  const unknown = tagIds.filter((id) => !found.has(id));
  if (unknown.length > 0) throw invalidInput([{ field, message: `no such tag: ${unknown.join(", ")}` }]);
  return tags;
}

/** Runs a write that may give a tag a name the user already has in any case (CONFLICT on `input.name`). */
export const withUniqueTagName = <T>(write: () => Promise<T>): Promise<T> => withUniqueName("tag", write);
