import { type EntityManager } from "@mikro-orm/postgresql";
import { Session } from "@momentum/db";
import { type Redis } from "ioredis";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { changeCachedKeys } from "../cache/forget-keys";

export interface ActiveSession {
  sessionId: string;
  userId: string;
  deviceId: string | null;
}

/** Set on a revoked session's hot copy; a lookup writing the copy only adds fields beside it. */
const REVOKED_FIELD = "revoked";

/**
 * Every authenticated request checks its session, so revocation takes effect at once. Redis holds a
 * hot copy (`session:{id}`, 24 h, never past the session's expiry); PostgreSQL is the truth, so a
 * flushed cache logs nobody out. A session of a closed or deactivated account is not active.
 */
export async function findActiveSession(
  em: EntityManager,
  redis: Redis,
  sessionId: string,
  now = new Date(),
): Promise<ActiveSession | null> {
  const key = CacheKeys.session(sessionId);
  const cached = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);
  if (cached[REVOKED_FIELD]) return null;
  if (cached.userId && cached.expiresAt && new Date(cached.expiresAt) > now) {
    return { sessionId, userId: cached.userId, deviceId: cached.deviceId || null };
  }

  const session = await em.findOne(
    Session,
    {
      id: sessionId,
      revokedAt: null,
      expiresAt: { $gt: now },
      user: { isActive: true, deletedAt: null },
    },
    { fields: ["id", "user", "deviceId", "expiresAt"] },
  );
  if (!session) return null;
  const active = { sessionId, userId: session.user.id, deviceId: session.deviceId ?? null };
  await redis
    .multi()
    .hset(key, {
      userId: active.userId,
      deviceId: active.deviceId ?? "",
      expiresAt: session.expiresAt.toISOString(),
      lastActive: now.toISOString(),
      permissions: "user",
    })
    .expire(key, CacheTtlSeconds.session)
    .exec()
    .catch(() => undefined);
  return active;
}

/**
 * Marks the hot copies of revoked sessions, after the revocation committed, in the request that revokes
 * them. A mark rather than a delete: a lookup that read the session from PostgreSQL just before the
 * revocation and writes its copy just after adds its fields to the marked hash, so it is never served
 * as active (a delete would let that copy live for 24 h). If Redis cannot be reached, requests check
 * PostgreSQL meanwhile and the mark is retried.
 */
export async function forgetSessions(redis: Redis, sessionIds: string[]): Promise<void> {
  await changeCachedKeys(redis, sessionIds.map(CacheKeys.session), async (client, keys) => {
    const batch = client.multi();
    for (const key of keys) batch.hset(key, REVOKED_FIELD, "1").expire(key, CacheTtlSeconds.session);
    const results = await batch.exec();
    const failure = results?.find(([error]) => error)?.[0];
    if (failure) throw failure;
  });
}
