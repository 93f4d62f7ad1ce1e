import { type EntityManager } from "@mikro-orm/postgresql";
import { Tag } from "@momentum/db";
import { type Logger } from "@momentum/platform";
import { type Redis } from "ioredis";
import { CacheKeys } from "../cache/cache-keys";
import { forgetCachedKeys } from "../cache/forget-keys";
import { notFound } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/**
 * Deletes a tag for good: the database removes it from every task and habit (the links cascade).
 * Task lists filtered by tags are counted and cached, so their counts are dropped once it commits;
 * the per-status lists do not depend on tags. Deleting it again is NOT_FOUND.
 */
export async function deleteTag(
  context: { em: EntityManager; redis: Redis; logger?: Logger },
  userId: string,
  tagId: string,
): Promise<true> {
  if (!isUuid(tagId)) throw notFound("Tag");
  const deleted = await context.em.nativeDelete(Tag, { id: tagId, user: userId });
  if (deleted === 0) throw notFound("Tag");
  await forgetCachedKeys(context.redis, [CacheKeys.taskCounts(userId)], context.logger);
  return true;
}
