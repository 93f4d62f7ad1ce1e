import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { type Redis } from "@momentum/platform";

/** The design document's `streaks:habit:{habitId}` hash, plus what the entry was computed for. */
export interface CachedHabitStreak {
  current: number;
  longest: number;
  /** The last completed day, YYYY-MM-DD, or null. */
  lastCompleted: string | null;
}

/** What an entry is valid for: the user's day it was computed on and the habit row's version. */
export interface StreakCacheStamp {
  day: string;
  version: string;
}

/**
 * Read-through cache of the streak counters for lists. An entry only answers for the same day and
 * the same habit version (updatedAt), so an entry written by a read racing a change, or one whose
 * deletion failed, is never served; deleting on every change just keeps Redis tidy.
 */
export class HabitStreakCache {
  constructor(private readonly redis: Redis) {}

  async read(stamps: Map<string, StreakCacheStamp>): Promise<Map<string, CachedHabitStreak>> {
    const habitIds = [...stamps.keys()];
    const found = new Map<string, CachedHabitStreak>();
    if (habitIds.length === 0) return found;
    const pipeline = this.redis.pipeline();
    for (const habitId of habitIds) pipeline.hgetall(CacheKeys.habitStreaks(habitId));
    const replies = (await pipeline.exec().catch(() => null)) ?? [];
    replies.forEach(([error, fields], index) => {
      const habitId = habitIds[index]!;
      const entry = fields as Record<string, string> | null;
      const stamp = stamps.get(habitId)!;
      if (error || !entry || entry.day !== stamp.day || entry.version !== stamp.version) return;
      found.set(habitId, {
        current: Number(entry.current),
        longest: Number(entry.longest),
        lastCompleted: entry.lastCompleted || null,
      });
    });
    return found;
  }

  async write(habitId: string, streak: CachedHabitStreak, stamp: StreakCacheStamp): Promise<void> {
    const key = CacheKeys.habitStreaks(habitId);
    await this.redis
      .multi()
      .hset(key, {
        current: streak.current,
        longest: streak.longest,
        lastCompleted: streak.lastCompleted ?? "",
        day: stamp.day,
        version: stamp.version,
      })
      .expire(key, CacheTtlSeconds.habitStreaks)
      .exec()
      .catch(() => undefined); // a cache that cannot be written is only a slower read
  }

  async forget(habitId: string): Promise<void> {
    await this.redis.del(CacheKeys.habitStreaks(habitId)).catch(() => undefined); // stamps keep stale entries unused
  }
}

export const streakCacheVersionOf = (habit: { updatedAt: Date }): string => String(habit.updatedAt.getTime());
