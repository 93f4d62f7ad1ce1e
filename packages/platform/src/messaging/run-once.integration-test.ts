import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, ProcessedMessage } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnce, runOnceBatch } from "./run-once";

describe("runOnce", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(process.env.DATABASE_URL!);
  });
  afterAll(() => orm?.close());

  it("runs the work for a new message and records it", async () => {
    const messageId = randomUUID();
    let runs = 0;
    expect(await runOnce(orm.em, "test", messageId, async () => void runs++)).toBe(true);
    expect(runs).toBe(1);
    expect(await orm.em.fork().count(ProcessedMessage, { consumer: "test", messageId })).toBe(1);
  });

  it("skips a message it already processed, also when two deliveries race", async () => {
    const messageId = randomUUID();
    let runs = 0;
    const slowWork = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    const results = await Promise.all([1, 2, 3].map(() => runOnce(orm.em, "test", messageId, slowWork)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await runOnce(orm.em, "test", messageId, slowWork)).toBe(false);
    expect(runs).toBe(1);
  });

  it("lets another consumer process the same message", async () => {
    const messageId = randomUUID();
    expect(await runOnce(orm.em, "analytics", messageId, async () => undefined)).toBe(true);
    expect(await runOnce(orm.em, "notifier", messageId, async () => undefined)).toBe(true);
  });

  it("leaves no record when the work fails, so a redelivery runs it again", async () => {
    const messageId = randomUUID();
    const failing = runOnce(orm.em, "test", messageId, async () => {
      throw new Error("database hiccup");
    });
    await expect(failing).rejects.toThrow("database hiccup");
    expect(await runOnce(orm.em, "test", messageId, async () => undefined)).toBe(true);
  });
});

describe("runOnceBatch", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(process.env.DATABASE_URL!);
  });
  afterAll(() => orm?.close());

  it("runs the work once for the messages not processed before, counting a repeated one once", async () => {
    const [old, fresh, repeated] = [randomUUID(), randomUUID(), randomUUID()];
    await runOnce(orm.em, "batch-test", old, async () => undefined);
    const batch = [old, fresh, repeated, repeated].map((messageId) => ({ messageId }));
    const worked: string[][] = [];
    const ran = await runOnceBatch(orm.em, "batch-test", batch, async (_tx, messages) => {
      worked.push(messages.map((message) => message.messageId));
    });
    expect(ran).toEqual([false, true, true, false]);
    expect(worked).toEqual([[fresh, repeated]]);
  });

  it("records nothing when the work fails, so every message of the batch runs again", async () => {
    const batch = [randomUUID(), randomUUID()].map((messageId) => ({ messageId }));
    await expect(
      runOnceBatch(orm.em, "batch-test", batch, async () => {
        throw new Error("one bad event");
      }),
    ).rejects.toThrow("one bad event");
    expect(await runOnceBatch(orm.em, "batch-test", batch, async () => undefined)).toEqual([true, true]);
  });
});
