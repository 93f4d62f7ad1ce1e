import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskStatus } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { forgetCachedKeys } from "../cache/forget-keys";
import { type Logger } from "@momentum/platform";
import { comparePositions, type TaskListPosition } from "./task-list-cursor";

// The design document's sorted sets `tasks:user:{userId}:status:{status}`: member = task id, score =
// due date (+inf when undated), so Redis keeps each status list in the list's own order.
//
// Never stale: every task write takes this user's list lock exclusively in its transaction and deletes
// the sets after it ends (changeTasks); a reader fills a missing set while holding the lock shared, so
// it either reads before the write commits and the write's delete follows its fill, or after the commit.

const allStatuses = Object.values(TaskStatus);

/** Serialises task writes against cache fills for one user, until the transaction ends. */
export async function lockTaskLists(
  tx: EntityManager,
  userId: string,
  mode: "write" | "fill",
): Promise<void> {
  const lock = mode === "write" ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
  await tx.execute(`select ${lock}(hashtextextended(?, 0))`, [`task-lists:${userId}`]);
}

export async function invalidateTaskLists(redis: Redis, userId: string, logger?: Logger): Promise<void> {
  await forgetCachedKeys(
    redis,
    allStatuses.map((status) => CacheKeys.taskList(userId, status)),
    logger,
  );
}

const scoreOf = (due: number | null) => (due === null ? "+inf" : String(due));
const dueOf = (score: string) => (score === "inf" || score === "+inf" ? null : Number(score));

/** Loads one status list from the database into its set; returns how many tasks it holds (0: nothing stored). */
async function fillTaskList(
  em: EntityManager,
  redis: Redis,
  userId: string,
  status: TaskStatus,
): Promise<number> {
  return em.transactional(async (tx) => {
    await lockTaskLists(tx, userId, "fill");
    const rows = await tx
      .createQueryBuilder(Task)
      .select(["id", "dueDate"])
      .where({ user: userId, status, isDeleted: false })
      .execute<{ id: string; dueDate: Date | null }[]>("all", true);
    if (rows.length === 0) return 0;
    const key = CacheKeys.taskList(userId, status);
    const members = rows.flatMap((row) => [
      scoreOf(row.dueDate ? new Date(row.dueDate).getTime() : null),
      row.id,
    ]);
    await redis
      .multi()
      .del(key)
      .zadd(key, ...members)
      .expire(key, CacheTtlSeconds.taskList)
      .exec();
    return rows.length;
  });
}

interface SetRead {
  exists: boolean;
  count: number;
  positions: TaskListPosition[];
}

/** One atomic read of a status set: the page after `after` (ties at its due date included by id). */
async function readTaskList(
  redis: Redis,
  key: string,
  after: TaskListPosition | null,
  limit: number,
): Promise<SetRead> {
  const transaction = redis.multi().exists(key).zcard(key);
  if (after) {
    const score = scoreOf(after.due);
    transaction.zrange(key, score, score, "BYSCORE", "WITHSCORES");
    if (after.due !== null)
      transaction.zrange(key, `(${score}`, "+inf", "BYSCORE", "LIMIT", 0, limit, "WITHSCORES");
  } else {
    transaction.zrange(key, 0, limit - 1, "WITHSCORES");
  }
  const results = (await transaction.exec()) ?? [];
  const failure = results.find(([error]) => error)?.[0];
  if (failure) throw failure;
  const [exists, count, ...ranges] = results.map(([, value]) => value) as [number, number, ...string[][]];
  const positions = ranges.flatMap((range) => {
    const pairs: TaskListPosition[] = [];
    for (let i = 0; i < range.length; i += 2) pairs.push({ id: range[i]!, due: dueOf(range[i + 1]!) });
    return pairs;
  });
  return {
    exists: exists === 1,
    count,
    positions: after ? positions.filter((position) => comparePositions(position, after) > 0) : positions,
  };
}

/**
 * The ids of one page of the user's tasks with any of `statuses` (no other filter), from the cache,
 * filling missing sets from the database. Null when Redis cannot answer, so the caller asks SQL.
 */
export async function cachedTaskPage(
  em: EntityManager,
  redis: Redis,
  userId: string,
  statuses: readonly TaskStatus[],
  after: TaskListPosition | null,
  limit: number,
): Promise<{ ids: string[]; totalCount: number } | null> {
  const knownEmpty = new Set<TaskStatus>();
  for (let attempt = 0; attempt < 3; attempt++) {
    const wanted = statuses.filter((status) => !knownEmpty.has(status));
    const reads = await Promise.all(
      wanted.map((status) => readTaskList(redis, CacheKeys.taskList(userId, status), after, limit)),
    );
    const missing = wanted.filter((_, index) => !reads[index]!.exists);
    if (missing.length === 0) {
      const page = reads
        .flatMap((read) => read.positions)
        .sort(comparePositions)
        .slice(0, limit);
      return {
        ids: page.map((position) => position.id),
        totalCount: reads.reduce((sum, read) => sum + read.count, 0),
      };
    }
    for (const status of missing) {
      if ((await fillTaskList(em, redis, userId, status)) === 0) knownEmpty.add(status);
    }
  }
  return null; // sets keep vanishing (expiry or writes racing us): the database answers instead
}
