import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Tag } from "@momentum/db";
import { conflict, invalidInput } from "../errors/domain-error";
import { findOwn } from "../ownership/find-own";

/** One of the user's tags, or NOT_FOUND (see findOwn). */
export const findOwnTag = (
  em: EntityManager,
  userId: string,
  tagId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Tag> => findOwn(em, Tag, "Tag", userId, tagId, options);

/** The user's tags with these ids; any id that is not one of them is INVALID_INPUT on `field`. */
export async function findAttachableTags(
  em: EntityManager,
  userId: string,
  tagIds: readonly string[],
  field: string,
): Promise<Tag[]> {
  if (tagIds.length === 0) return [];
  const tags = await em.find(Tag, { id: { $in: [...tagIds] }, user: userId });
  const found = new Set(tags.map((tag) => tag.id));
  const unknown = tagIds.filter((id) => !found.has(id));
  if (unknown.length > 0) throw invalidInput([{ field, message: `no such tag: ${unknown.join(", ")}` }]);
  return tags;
}

/**
 * Runs a write that may give a tag a name the user already uses, in any case. The unique index on
 * (user_id, lower(name)) decides (no check-then-insert race); its violation becomes CONFLICT on `input.name`.
 */
export async function withUniqueTagName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict("A tag with this name already exists", [
        { field: "input.name", message: "is already used" },
      ]);
    }
    throw error;
  }
}
