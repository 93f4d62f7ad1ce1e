import { type MikroORM } from "@mikro-orm/postgresql";
import { type Registry } from "../observability/metrics-registry";
import { Counter, Gauge } from "prom-client";

export interface OutboxRelayMetrics {
  published: Counter;
  failed: Counter;
}

/**
 * Outbox series on the API's registry: published and failed counts, and at scrape time the backlog
 * and the age of the oldest pending event (the number that says whether events are stuck).
 */
export function outboxRelayMetrics(registry: Registry, orm: MikroORM): OutboxRelayMetrics {
  const pending = () =>
    orm.em
      .getConnection()
      .execute<Array<{ backlog: string; oldest_seconds: number | null }>>(
        `select count(*) as backlog, extract(epoch from now() - min(occurred_at))::float8 as oldest_seconds
           from outbox where published_at is null`,
      )
      .then((rows) => rows[0]);
  new Gauge({
    name: "momentum_outbox_backlog",
    help: "Outbox events not yet published",
    registers: [registry],
    async collect() {
      this.set(Number((await pending())?.backlog ?? 0));
    },
  });
  new Gauge({
    name: "momentum_outbox_oldest_pending_seconds",
    help: "Age of the oldest unpublished outbox event (0 when none)",
    registers: [registry],
    async collect() {
      this.set((await pending())?.oldest_seconds ?? 0);
    },
  });
  return {
    published: new Counter({
      name: "momentum_outbox_published_total",
      help: "Outbox events the broker confirmed",
      registers: [registry],
    }),
    failed: new Counter({
      name: "momentum_outbox_publish_failures_total",
      help: "Outbox publishes that failed and stay pending",
      registers: [registry],
    }),
  };
}
