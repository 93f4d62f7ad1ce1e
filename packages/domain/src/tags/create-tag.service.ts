import { type EntityManager } from "@mikro-orm/postgresql";
import { Tag } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { assertRoomForOneMore } from "../ownership/per-user-limit";
import { withUniqueTagName } from "./tag-access";
import { MAX_TAGS_PER_USER, tagInputSchema, type TagInput } from "./tag-input.schema";

/**
 * Creates a tag; a name the user already has (whatever its case) is CONFLICT, and so is a 101st tag.
 */
export async function createTag(em: EntityManager, userId: string, rawInput: TagInput): Promise<Tag> {
  const input = parseInput(tagInputSchema, rawInput, "input");
  return withUniqueTagName(() =>
    em.transactional(async (tx) => {
      await assertRoomForOneMore(tx, Tag, userId, MAX_TAGS_PER_USER, "tags");
      return tx.create(Tag, { user: userId, ...input });
    }),
  );
}
