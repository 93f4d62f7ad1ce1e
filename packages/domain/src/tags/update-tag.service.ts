import { type EntityManager } from "@mikro-orm/postgresql";
import { type Tag } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { findOwnTag, withUniqueTagName } from "./tag-access";
import { tagInputSchema, type TagInput } from "./tag-input.schema";

/** Replaces a tag's name and colour (a colour left out clears it); the tasks and habits keep it. */
export async function updateTag(
  em: EntityManager,
  userId: string,
  tagId: string,
  rawInput: TagInput,
): Promise<Tag> {
  const input = parseInput(tagInputSchema, rawInput, "input");
  return withUniqueTagName(() =>
    em.transactional(async (tx) => {
      const tag = await findOwnTag(tx, userId, tagId, { forUpdate: true });
      Object.assign(tag, input);
      return tag;
    }),
  );
}
