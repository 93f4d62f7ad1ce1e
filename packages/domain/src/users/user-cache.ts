import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { forgetCachedKeys } from "../cache/forget-keys";
import { notFound } from "../errors/domain-error";

/** What the app reads about a user, as cached under `user:{userId}` (design document: 1 hour). */
export interface UserProfile {
  id: string;
  email: string;
  fullName: string;
  username: string;
  bio: string | null;
  avatarUrl: string | null;
  coverPhotoUrl: string | null;
  timezone: string;
  /** When the user's day begins, HH:MM. */
  dayStartTime: string;
  settings: Record<string, unknown>;
  notificationPreferences: Record<string, unknown>;
}

export function profileOf(user: User): UserProfile {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    username: user.username,
    bio: user.bio ?? null,
    avatarUrl: user.avatarUrl ?? null,
    coverPhotoUrl: user.coverPhotoUrl ?? null,
    timezone: user.timezone,
    dayStartTime: user.dayStartTime.slice(0, 5),
    settings: user.settings,
    notificationPreferences: user.notificationPreferences,
  };
}

/** Reads through the cache; a Redis failure falls back to PostgreSQL rather than failing the request. */
export async function loadUserProfile(em: EntityManager, redis: Redis, userId: string): Promise<UserProfile> {
  const key = CacheKeys.user(userId);
  const cached = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);
  const cachedProfile = cached.profile
    ? (JSON.parse(cached.profile) as Omit<UserProfile, "settings" | "notificationPreferences">)
    : undefined;
  // An entry cached before day starts existed lacks one: read it afresh.
  if (cachedProfile?.dayStartTime && cached.settings && cached.notifications) {
    return {
      ...cachedProfile,
      settings: JSON.parse(cached.settings) as Record<string, unknown>,
      notificationPreferences: JSON.parse(cached.notifications) as Record<string, unknown>,
    };
  }

  const user = await em.findOne(User, { id: userId, deletedAt: null });
  if (!user) throw notFound("User");
  const profile = profileOf(user);
  const { settings, notificationPreferences, ...rest } = profile;
  await redis
    .multi()
    .hset(key, {
      profile: JSON.stringify(rest),
      settings: JSON.stringify(settings),
      notifications: JSON.stringify(notificationPreferences),
    })
    .expire(key, CacheTtlSeconds.user)
    .exec()
    .catch(() => undefined);
  return profile;
}

/** Called after every committed change to a user row. */
export async function forgetUserProfile(redis: Redis, userId: string): Promise<void> {
  await forgetCachedKeys(redis, [CacheKeys.user(userId)]);
}
