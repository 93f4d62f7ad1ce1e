import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, Session } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unreachableRedis } from "../testing/unreachable-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { findActiveSession } from "./session-lookup";
import { signOut } from "./sign-out.service";

let orm: MikroORM;
let cacheDown: ReturnType<typeof unreachableRedis>;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cacheDown = unreachableRedis();
});
afterAll(async () => {
  cacheDown.disconnect();
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

describe("sessions while Redis is down", () => {
  it("are checked against PostgreSQL, and signing out still ends them at once", async () => {
    const { userId, sessionId } = await userWithSession();
    expect(await findActiveSession(orm.em.fork(), cacheDown, sessionId)).toMatchObject({ userId, sessionId });

    await expect(
      signOut({ em: orm.em.fork(), redis: cacheDown }, { userId, sessionId }, false),
    ).resolves.toBe(true);
    expect(await findActiveSession(orm.em.fork(), cacheDown, sessionId)).toBeNull();
  });
});
