import { type EntityManager } from "@mikro-orm/postgresql";
import { Achievement, UserAchievement } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { achievementCriteriaSchema } from "./achievement-criteria.schema";
import { achievementFactsOf } from "./achievement-facts";
import { achievementProgress, type AchievementFacts } from "./achievement-progress";

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

/** The cache's own field: the facts its progress was computed from. */
const FACTS_FIELD = "_facts";

/**
 * The whole catalogue with this user's progress. Progress is cached per the design document
 * (`achievements:user:{userId}`, a hash of JSON per achievement, 30 minutes) together with the facts it
 * was computed from, and used only while the facts are the same: no write has to remember to drop it,
 * and it is never stale. Earning happens in the same transaction as the change of facts.
 */
export async function listUserAchievements(
  em: EntityManager,
  redis: Redis,
  userId: string,
): Promise<UserAchievementView[]> {
  const [catalogue, facts] = await Promise.all([
    em.find(Achievement, {}, { orderBy: { category: "asc", points: "asc", name: "asc" } }),
    achievementFactsOf(em, userId),
  ]);
  const key = CacheKeys.achievementProgress(userId);
  const factsStamp = JSON.stringify(facts);
  let progress = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);

  const usable =
    progress[FACTS_FIELD] === factsStamp &&
    catalogue.every((achievement) => progress[achievement.id] !== undefined);
  if (!usable) {
    progress = await computeProgress(em, userId, catalogue, facts);
    await redis
      .multi()
      .del(key)
      .hset(key, { ...progress, [FACTS_FIELD]: factsStamp })
      .expire(key, CacheTtlSeconds.achievementProgress)
      .exec()
      .catch(() => undefined);
  }
  return catalogue.map((achievement) => {
    const entry = JSON.parse(progress[achievement.id]!) as CachedProgress;
    return {
      achievement,
      progress: entry.progress,
      earnedAt: entry.earnedAt ? new Date(entry.earnedAt) : null,
    };
  });
}

async function computeProgress(
  em: EntityManager,
  userId: string,
  catalogue: Achievement[],
  facts: AchievementFacts,
): Promise<Record<string, string>> {
  const earned = await em.find(UserAchievement, { user: userId }, { fields: ["achievement", "earnedAt"] });
  const earnedAt = new Map(earned.map((row) => [row.achievement.id, row.earnedAt]));
  return Object.fromEntries(
    catalogue.map((achievement) => {
      const earnedOn = earnedAt.get(achievement.id);
      const criteria = achievementCriteriaSchema.safeParse(achievement.criteria);
      // Below 100 until earned: 100 with no earning date would contradict itself.
      const entry: CachedProgress = earnedOn
        ? { progress: 100, earnedAt: earnedOn.toISOString() }
        : {
            progress: criteria.success ? Math.min(99.99, achievementProgress(criteria.data, facts)) : 0,
            earnedAt: null,
          };
      return [achievement.id, JSON.stringify(entry)];
    }),
  );
}
