import { randomUUID } from "node:crypto";
import { Pool } from "pg";
import { Connection } from "rabbitmq-client";
import { createMicroBatcher } from "@momentum/platform";

export interface BareBrokerLoop {
  /** Publishes `count` messages with confirms and resolves once the consumer has inserted every one. */
  run(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A floor the event pipeline is measured against: messages published with confirms (all in flight at
 * once) to a durable queue, consumed with the analytics worker's prefetch and concurrency, and inserted
 * into a table of their own (no outbox, no de-duplication, no day totals). With `insertBatch` 1, each
 * message is one insert of its own (autocommit); above 1, messages that arrive while an insert runs go
 * together into the next one, at most `insertBatch` rows, as the analytics worker batches.
 */
export async function startBareBrokerLoop(
  amqpUrl: string,
  databaseUrl: string,
  insertBatch: number,
): Promise<BareBrokerLoop> {
  const id = randomUUID().slice(0, 8);
  const queue = `bench-bare-loop-${id}`;
  const table = `bench_bare_loop_${id}`;
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  // Dropping the database ends connections still closing: that is expected, not a failure.
  pool.on("error", () => undefined);
  await pool.query(`create table ${table} (id uuid primary key, body jsonb not null)`);
  const rabbit = new Connection(amqpUrl);
  await rabbit.queueDeclare({ queue, durable: true });
  const publisher = rabbit.createPublisher({ confirm: true });
  const inserts = createMicroBatcher<{ id: string; body: unknown }, void>({
    maxSize: insertBatch,
    async process(rows) {
      await pool.query(`insert into ${table} (id, body) select * from unnest($1::uuid[], $2::jsonb[])`, [
        rows.map((row) => row.id),
        rows.map((row) => JSON.stringify(row.body)),
      ]);
      return rows.map(() => ({ status: "fulfilled", value: undefined }));
    },
  });
  // Passive: a consumer re-declares its queue from queueOptions (durable: false by default), which the
  // broker refuses for this durable queue, and the consumer then silently never consumes.
  const consumer = rabbit.createConsumer(
    { queue, queueOptions: { passive: true }, qos: { prefetchCount: 400 }, concurrency: 400 },
    async (message) => {
      if (insertBatch > 1) return inserts.add({ id: message.messageId!, body: message.body });
      await pool.query(`insert into ${table} (id, body) values ($1, $2)`, [message.messageId, message.body]);
    },
  );
  const inserted = async () =>
    Number((await pool.query<{ count: string }>(`select count(*) from ${table}`)).rows[0]!.count);

  return {
    async run(count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      const target = (await inserted()) + count;
      await Promise.all(
        Array.from({ length: count }, (_, n) =>
          publisher.send(
            { routingKey: queue, messageId: randomUUID(), durable: true },
            { n, type: "task.completed" },
          ),
        ),
      );
      while ((await inserted()) < target) {
        if (Date.now() > deadline)
          throw new Error(`the bare loop did not insert ${count} messages within ${timeoutMs} ms`);
        await new Promise((wait) => setTimeout(wait, 25));
      }
    },
    async close() {
      await consumer.close();
      await publisher.close();
      await rabbit.queueDelete({ queue });
      await rabbit.close();
      await pool.query(`drop table ${table}`);
      await pool.end();
    },
  };
}
