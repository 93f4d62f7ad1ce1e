import { type EntityManager } from "@mikro-orm/postgresql";
import { Achievement, UserAchievement } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { achievementCriteriaSchema } from "./achievement-criteria.schema";
import { achievementFactsOf } from "./achievement-facts";
import { achievementProgress } from "./achievement-progress";

export interface UserAchievementView {
  achievement: Achievement;
  /** 0..100; 100 once earned. */
  progress: number;
  earnedAt: Date | null;
}

interface CachedProgress {
  progress: number;
  earnedAt: string | null;
}

/**
 * The whole catalogue with this user's progress. Progress is cached per the design document
 * (`achievements:user:{userId}`, a hash of JSON per achievement, 30 minutes) and dropped by every change
 * that can move it (`forgetAchievementProgress`).
 */
export async function listUserAchievements(em: EntityManager, redis: Redis, userId: string): Promise<UserAchievementView[]> {
  const catalogue = await em.find(Achievement, {}, { orderBy: { category: "asc", points: "asc", name: "asc" } });
  const key = CacheKeys.achievementProgress(userId);
  let progress = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);

  if (catalogue.some((achievement) => progress[achievement.id] === undefined)) {
    progress = await computeProgress(em, userId, catalogue);
    await redis
      .multi()
      .hset(key, progress)
      .expire(key, CacheTtlSeconds.achievementProgress)
      .exec()
      .catch(() => undefined);
  }
  return catalogue.map((achievement) => {
    const entry = JSON.parse(progress[achievement.id]!) as CachedProgress;
    return { achievement, progress: entry.progress, earnedAt: entry.earnedAt ? new Date(entry.earnedAt) : null };
  });
}

async function computeProgress(em: EntityManager, userId: string, catalogue: Achievement[]): Promise<Record<string, string>> {
  const [facts, earned] = await Promise.all([
    achievementFactsOf(em, userId),
    em.find(UserAchievement, { user: userId }, { fields: ["achievement", "earnedAt"] }),
  ]);
  const earnedAt = new Map(earned.map((row) => [row.achievement.id, row.earnedAt]));
  return Object.fromEntries(
    catalogue.map((achievement) => {
      const earnedOn = earnedAt.get(achievement.id);
      const criteria = achievementCriteriaSchema.safeParse(achievement.criteria);
      const entry: CachedProgress = earnedOn
        ? { progress: 100, earnedAt: earnedOn.toISOString() }
        : { progress: criteria.success ? Math.min(99.99, achievementProgress(criteria.data, facts)) : 0, earnedAt: null };
      return [achievement.id, JSON.stringify(entry)];
    }),
  );
}

export async function forgetAchievementProgress(redis: Redis, userId: string): Promise<void> {
  await redis.del(CacheKeys.achievementProgress(userId));
}
