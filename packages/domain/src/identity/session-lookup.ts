import { type EntityManager } from "@mikro-orm/postgresql";
import { Session } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { forgetCachedKeys } from "../cache/forget-keys";

export interface ActiveSession {
  sessionId: string;
  userId: string;
  deviceId: string | null;
}

/**
 * Every authenticated request checks its session, so revocation takes effect at once. Redis holds a
 * hot copy (`session:{id}`, 24 h); PostgreSQL is the truth, so a flushed cache logs nobody out.
 */
export async function findActiveSession(
  em: EntityManager,
  redis: Redis,
  sessionId: string,
  now = new Date(),
): Promise<ActiveSession | null> {
  const key = CacheKeys.session(sessionId);
  const cached = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);
  if (cached.userId) return { sessionId, userId: cached.userId, deviceId: cached.deviceId || null };

  const session = await em.findOne(
    Session,
    { id: sessionId, revokedAt: null, expiresAt: { $gt: now } },
    { fields: ["id", "user", "deviceId"] },
  );
  if (!session) return null;
  const active = { sessionId, userId: session.user.id, deviceId: session.deviceId ?? null };
  await redis
    .multi()
    .hset(key, {
      userId: active.userId,
      deviceId: active.deviceId ?? "",
      lastActive: now.toISOString(),
      permissions: "user",
    })
    .expire(key, CacheTtlSeconds.session)
    .exec()
    .catch(() => undefined);
  return active;
}

/**
 * Drops the hot copies of revoked sessions, after the revocation committed, in the request that revokes
 * them. If Redis cannot be reached, requests check PostgreSQL meanwhile and the drop is retried.
 */
export async function forgetSessions(redis: Redis, sessionIds: string[]): Promise<void> {
  await forgetCachedKeys(redis, sessionIds.map(CacheKeys.session));
}
