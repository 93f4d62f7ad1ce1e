import { type EntityManager } from "@mikro-orm/postgresql";
import { Tag } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { withUniqueTagName } from "./tag-access";
import { MAX_TAGS_PER_USER, tagInputSchema, type TagInput } from "./tag-input.schema";

/**
 * Creates a tag; a name the user already has (whatever its case) is CONFLICT, and so is a 101st tag.
 * Creations of one user are serialised, so two at once cannot both take the last place.
 */
export async function createTag(em: EntityManager, userId: string, rawInput: TagInput): Promise<Tag> {
  const input = parseInput(tagInputSchema, rawInput, "input");
  return withUniqueTagName(() =>
    em.transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`tags:${userId}`]);
      if ((await tx.count(Tag, { user: userId })) >= MAX_TAGS_PER_USER) {
        throw conflict(`A user can have at most ${MAX_TAGS_PER_USER} tags: delete one first`);
      }
      return tx.create(Tag, { user: userId, ...input });
    }),
  );
}
