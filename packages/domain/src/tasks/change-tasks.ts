import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { type Logger } from "../observability/logger";
import { invalidateTaskLists, lockTaskLists } from "./task-list-cache";

/** What task services need: the request's unit of work, the cache their lists live in, a logger. */
export interface TasksContext {
  em: EntityManager;
  redis: Redis;
  logger?: Logger;
}

const RETRY_DELAYS_MS = [200, 1_000, 5_000];

/**
 * Drops the user's cached lists. A committed change must not be answered with an error because Redis
 * hiccupped: a failed drop is retried in the background and logged if it keeps failing (reads fall back
 * to SQL while Redis is down, and the sets expire after 15 minutes at worst).
 */
async function dropCachedLists(context: TasksContext, userId: string): Promise<void> {
  try {
    await invalidateTaskLists(context.redis, userId);
  } catch (firstError) {
    void (async () => {
      let lastError = firstError;
      for (const delay of RETRY_DELAYS_MS) {
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        try {
          return await invalidateTaskLists(context.redis, userId);
        } catch (error) {
          lastError = error;
        }
      }
      context.logger?.error({ err: lastError, userId }, "could not drop the cached task lists");
    })();
  }
}

/**
 * Runs a change to a user's tasks in one transaction and drops their cached lists before the caller
 * answers, so the next read (in this request or any later one) sees the change.
 */
export async function changeTasks<T>(
  context: TasksContext,
  userId: string,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await context.em.transactional(async (tx) => {
      await lockTaskLists(tx, userId, "write");
      return work(tx);
    });
  } finally {
    await dropCachedLists(context, userId);
  }
}
