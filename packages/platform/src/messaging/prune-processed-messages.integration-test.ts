import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, ProcessedMessage } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneProcessedMessages } from "./prune-processed-messages";

describe("pruning processed messages", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(process.env.DATABASE_URL!);
  });
  afterAll(() => orm?.close());

  it("forgets the messages processed before the horizon, in batches, and keeps the later ones", async () => {
    // A consumer name of this test's own, so other tests' rows are neither counted nor at risk.
    const consumer = `prune-${randomUUID()}`;
    const horizon = new Date("2000-01-01T00:00:00Z");
    await orm.em.fork().execute(
      `insert into processed_messages (consumer, message_id, processed_at)
       select ?, gen_random_uuid(), ?::timestamptz - (i || ' minutes')::interval from generate_series(1, 12001) i`,
      [consumer, horizon],
    );
    await orm.em.fork().insert(ProcessedMessage, { consumer, messageId: randomUUID(), processedAt: horizon });

    expect(await pruneProcessedMessages(orm.em, horizon)).toBe(12001);
    expect(await orm.em.fork().count(ProcessedMessage, { consumer })).toBe(1);
  });
});
