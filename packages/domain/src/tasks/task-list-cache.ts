import { randomUUID } from "node:crypto";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskStatus } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { forgetCachedKeys } from "../cache/forget-keys";
import { type Logger } from "@momentum/platform";
import { comparePositions, type TaskListPosition } from "./task-list-cursor";

// The design document's sorted sets `tasks:user:{userId}:status:{status}`: member = task id, score =
// due instant, dueAt (+inf when undated), so Redis keeps each status list in the list's own order.
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
    [
      ...allStatuses.flatMap((status) => [
        CacheKeys.taskList(userId, status),
        CacheKeys.emptyTaskList(userId, status),
      ]),
      CacheKeys.taskCounts(userId),
    ],
    logger,
  );
}

const scoreOf = (due: number | null) => (due === null ? "+inf" : String(due));
const dueOf = (score: string) => (score === "inf" || score === "+inf" ? null : Number(score));

/** Loads one status list from the database into its set, or marks it empty (so it is not read again). */
async function fillTaskList(
  em: EntityManager,
  redis: Redis,
  userId: string,
  status: TaskStatus,
): Promise<void> {
  await em.transactional(async (tx) => {
    await lockTaskLists(tx, userId, "fill");
    const rows = await tx
      .createQueryBuilder(Task)
      .select(["id", "dueAt"])
      .where({ user: userId, status, isDeleted: false })
      .execute<{ id: string; dueAt: Date | null }[]>("all", true);
    const key = CacheKeys.taskList(userId, status);
    const emptyKey = CacheKeys.emptyTaskList(userId, status);
    const fill = redis.multi().del(key, emptyKey);
    if (rows.length === 0) fill.set(emptyKey, "1", "EX", CacheTtlSeconds.taskList);
    else {
      const members = rows.flatMap((row) => [
        scoreOf(row.dueAt ? new Date(row.dueAt).getTime() : null),
        row.id,
      ]);
      fill.zadd(key, ...members).expire(key, CacheTtlSeconds.taskList);
    }
    await fill.exec();
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
  userId: string,
  status: TaskStatus,
  after: TaskListPosition | null,
  limit: number,
): Promise<SetRead> {
  const key = CacheKeys.taskList(userId, status);
  // EXISTS counts every key it is given: 1 when either the set or the empty marker is there.
  const transaction = redis.multi().exists(key, CacheKeys.emptyTaskList(userId, status)).zcard(key);
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
    exists: exists > 0,
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
  for (let attempt = 0; attempt < 3; attempt++) {
    const reads = await Promise.all(
      statuses.map((status) => readTaskList(redis, userId, status, after, limit)),
    );
    const missing = statuses.filter((_, index) => !reads[index]!.exists);
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
    for (const status of missing) await fillTaskList(em, redis, userId, status);
  }
  return null; // sets keep vanishing (expiry or writes racing us): the database answers instead
}

// Counts are kept without a lock: a reader stamps the hash with a generation before it counts and
// stores its count only if the stamp is still there; a write deletes the hash after it commits, so a
// count from a snapshot older than that commit is never stored.
const STAMP_AND_READ = `redis.call('hsetnx', KEYS[1], '@generation', ARGV[1])
redis.call('expire', KEYS[1], ARGV[3])
return redis.call('hmget', KEYS[1], ARGV[2], '@generation')`;
const STORE_IF_STAMPED = `if redis.call('hget', KEYS[1], '@generation') == ARGV[1] then
  redis.call('hset', KEYS[1], ARGV[2], ARGV[3])
end
return 0`;

/**
 * How many of the user's tasks match a filter (`filterKey` names the resolved conditions), counted in
 * PostgreSQL once and kept with the lists until the next task write, so paging does not count again.
 * Counts in PostgreSQL alone when Redis cannot answer.
 */
export async function cachedTaskCount(
  redis: Redis,
  userId: string,
  filterKey: string,
  count: () => Promise<number>,
): Promise<number> {
  const key = CacheKeys.taskCounts(userId);
  const generation = randomUUID();
  const stamped = (await redis
    .eval(STAMP_AND_READ, 1, key, generation, filterKey, CacheTtlSeconds.taskList)
    .catch(() => null)) as [string | null, string | null] | null;
  if (stamped?.[0] != null) return Number(stamped[0]);
  const total = await count();
  if (stamped?.[1]) {
    await redis.eval(STORE_IF_STAMPED, 1, key, stamped[1], filterKey, total).catch(() => undefined);
  }
  return total;
}
