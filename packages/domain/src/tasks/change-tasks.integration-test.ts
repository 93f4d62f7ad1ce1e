import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, Task } from "@momentum/db";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheKeys, CacheTtlSeconds } from "../cache/cache-keys";
import { interruptibleRedis, type InterruptibleRedis } from "../testing/interruptible-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { createTask } from "./create-task.service";
import { listTasks } from "./list-tasks.service";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test:${randomUUID()}:`;

let orm: MikroORM;
let cache: InterruptibleRedis;
/** Looks at the cache past the link the test cuts. */
let observer: Redis;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cache = await interruptibleRedis(redisUrl, prefix);
  observer = new Redis(redisUrl, { keyPrefix: prefix });
});
afterAll(async () => {
  const keys = await observer.keys(`${prefix}*`);
  if (keys.length > 0) await observer.del(...keys.map((key) => key.slice(prefix.length)));
  observer.disconnect();
  await cache?.close();
  await orm?.close();
});

describe("a change to tasks while Redis is away", () => {
  it("is committed and answered; the cached lists it made stale are dropped once Redis is back", async () => {
    const user = await insertTestUser(orm.em.fork());
    const context = () => ({ em: orm.em.fork(), redis: cache.redis });
    await createTask(context(), user.id, { title: "before" });
    await listTasks(context(), user.id, null, { first: 10 }); // fills the cached lists
    const pending = CacheKeys.taskList(user.id, "pending");
    expect(await observer.zcard(pending)).toBe(1);

    cache.cut();
    const task = await createTask(context(), user.id, { title: "still saved" });
    expect(await orm.em.fork().count(Task, { id: task.id, title: "still saved" })).toBe(1);
    // The drop failed: the stale list is still there, and expires by itself if Redis never answers again.
    expect(await observer.zcard(pending)).toBe(1);
    expect(await observer.ttl(pending)).toBeGreaterThan(0);
    expect(await observer.ttl(pending)).toBeLessThanOrEqual(CacheTtlSeconds.taskList);

    cache.restore();
    await expect.poll(() => observer.exists(pending), { timeout: 10_000, interval: 100 }).toBe(0);
    const listed = await listTasks(context(), user.id, null, { first: 10 });
    expect(listed.edges.map((edge) => edge.node.title).sort()).toEqual(["before", "still saved"]);
  });
});
