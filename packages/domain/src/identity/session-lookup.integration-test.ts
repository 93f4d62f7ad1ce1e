import "reflect-metadata";
import { IsolationLevel } from "@mikro-orm/core";
import { type EntityManager, type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, Session, User } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { privateRedis } from "../testing/private-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { findActiveSession } from "./session-lookup";
import { revokeSessions } from "./sign-out.service";

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cache = await privateRedis("session-lookup");
});
afterAll(async () => {
  await cache.remove();
  await orm?.close();
});

async function userWithSession() {
  const em = orm.em.fork();
  const user = await insertTestUser(em);
  const session = em.create(Session, {
    user,
    refreshTokenHash: user.id.replaceAll("-", "").padEnd(64, "0"),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await em.flush();
  return { userId: user.id, sessionId: session.id };
}

describe("the session check", () => {
  it("never caches as active a session read just before its revocation", async () => {
    const { userId, sessionId } = await userWithSession();
    let revoked: string[] = [];
    const revoke = async () => {
      revoked = await revokeSessions({ em: orm.em.fork(), redis: cache.redis }, { userId }, "sign_out");
    };
    // The revocation commits and drops the copy right after this lookup found no copy in Redis…
    const revokedAfterCacheMiss = new Proxy(cache.redis, {
      get(target, property, receiver) {
        if (property !== "hgetall") return Reflect.get(target, property, receiver) as unknown;
        return async (key: string) => {
          const found = await target.hgetall(key);
          await revoke();
          return found;
        };
      },
    });
    // …while its read of PostgreSQL is older than the revocation (a snapshot taken before it).
    await orm.em.fork().transactional(
      async (staleRead: EntityManager) => {
        await staleRead.getConnection().execute("select 1", [], "all", staleRead.getTransactionContext());
        expect(await findActiveSession(staleRead, revokedAfterCacheMiss, sessionId)).toMatchObject({
          sessionId,
        });
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ },
    );
    // The race was staged: the revocation ran, between the cache miss and the stale read.
    expect(revoked).toEqual([sessionId]);
    // The copy that lookup wrote after the revocation must not be served.
    expect(await findActiveSession(orm.em.fork(), cache.redis, sessionId)).toBeNull();
  });

  it("a cached copy is not used past the session's expiry", async () => {
    const { sessionId } = await userWithSession();
    const now = new Date();
    expect(await findActiveSession(orm.em.fork(), cache.redis, sessionId, now)).not.toBeNull();
    const dayAfter = new Date(now.getTime() + 2 * 86_400_000);
    expect(await findActiveSession(orm.em.fork(), cache.redis, sessionId, dayAfter)).toBeNull();
  });

  it("a deactivated user's session is not active once its copy is gone", async () => {
    const { userId, sessionId } = await userWithSession();
    await orm.em.fork().nativeUpdate(User, { id: userId }, { isActive: false });
    expect(await findActiveSession(orm.em.fork(), cache.redis, sessionId)).toBeNull();
  });
});
