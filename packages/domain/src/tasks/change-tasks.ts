import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { type Logger } from "@momentum/platform";
import { transactionalWithReactions } from "../events/domain-reactions";
import { type UserLookup } from "../time/user-lookup";
import { invalidateTaskLists, lockTaskLists } from "./task-list-cache";

/** What task services need: the request's unit of work, the cache their lists live in, a logger. */
export interface TasksContext {
  em: EntityManager;
  redis: Redis;
  logger?: Logger;
  /** The request's user lookup, so the viewer's zone is read once per request. */
  users?: UserLookup;
}

/**
 * Runs a change to a user's tasks in one transaction, with the reactions to its events (goals measured
 * in tasks, achievements), and drops their cached lists before the caller answers, so the next read (in
 * this request or any later one) sees the change.
 */
export async function changeTasks<T>(
  context: TasksContext,
  userId: string,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await transactionalWithReactions(context.em, async (tx) => {
      await lockTaskLists(tx, userId, "write");
      return work(tx);
    });
  } finally {
    // After the transaction, so no read can re-fill the sets from data older than the change.
    await invalidateTaskLists(context.redis, userId, context.logger);
  }
}
