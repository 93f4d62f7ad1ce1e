import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm, ProductivityMetric } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDomainEvent } from "../ingest-domain-event.handler";
import { focusLoggedEvent, taskCompletedEvent } from "../testing/domain-event-builders";
import { rebuildProductivityMetrics } from "./rebuild-productivity-metrics";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
});
afterAll(() => orm?.close());

describe("rebuilding the productivity metrics", () => {
  it("recomputes lost or stale days from the activity rows, the same as the live worker did", async () => {
    const userId = randomUUID();
    for (const event of [
      taskCompletedEvent(userId, "2026-10-01"),
      focusLoggedEvent(userId, "2026-10-01", 30),
    ]) {
      await orm.em.fork().transactional((tx) => ingestDomainEvent(tx, event));
    }
    const live = await orm.em.fork().findOneOrFail(ProductivityMetric, { userId, date: "2026-10-01" });
    await orm.em.fork().nativeDelete(ProductivityMetric, { userId });

    expect(await rebuildProductivityMetrics(orm.em.fork())).toBeGreaterThanOrEqual(1);
    const rebuilt = await orm.em.fork().findOneOrFail(ProductivityMetric, { userId, date: "2026-10-01" });
    expect(rebuilt).toMatchObject({
      tasksCompleted: live.tasksCompleted,
      focusTime: live.focusTime,
      productivityScore: live.productivityScore,
    });
  });
});
