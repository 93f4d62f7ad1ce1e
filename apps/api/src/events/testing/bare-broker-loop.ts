import { randomUUID } from "node:crypto";
import { Pool } from "pg";
import { Connection } from "rabbitmq-client";

export interface BareBrokerLoop {
  /** Publishes `count` messages with confirms and resolves once a consumer has inserted every one. */
  run(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The floor the event pipeline is measured against: messages published with confirms to a durable queue,
 * consumed with the same prefetch, and each inserted into a table of its own as a row, with nothing else
 * (no outbox, no de-duplication, no day totals). On the pipeline's broker and analytics database.
 */
export async function startBareBrokerLoop(amqpUrl: string, databaseUrl: string): Promise<BareBrokerLoop> {
  const id = randomUUID().slice(0, 8);
  const queue = `bench-bare-loop-${id}`;
  const table = `bench_bare_loop_${id}`;
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(`create table ${table} (id uuid primary key, body jsonb not null)`);
  const rabbit = new Connection(amqpUrl);
  await rabbit.queueDeclare({ queue, durable: true });
  const publisher = rabbit.createPublisher({ confirm: true });
  const consumer = rabbit.createConsumer(
    { queue, qos: { prefetchCount: 400 }, concurrency: 400 },
    async (message) => {
      await pool.query(`insert into ${table} (id, body) values ($1, $2)`, [message.messageId, message.body]);
    },
  );
  const inserted = async () =>
    Number((await pool.query<{ count: string }>(`select count(*) from ${table}`)).rows[0]!.count);

  return {
    async run(count) {
      const target = (await inserted()) + count;
      await Promise.all(
        Array.from({ length: count }, (_, n) =>
          publisher.send(
            { routingKey: queue, messageId: randomUUID(), durable: true },
            { n, type: "task.completed" },
          ),
        ),
      );
      while ((await inserted()) < target) await new Promise((wait) => setTimeout(wait, 25));
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
