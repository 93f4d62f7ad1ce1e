import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { loadDatabaseConfig } from "../config";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../database-server";
import { openAnalyticsOrm } from "../orm-options";

const url = withDatabaseName(
  loadDatabaseConfig().DATABASE_URL,
  `momentum_test_partition_${randomBytes(4).toString("hex")}`,
);

afterAll(() => dropDatabase(url));

it("partitions a populated user_activity by month without losing or moving a row, and still records an event once", async () => {
  await createDatabaseIfMissing(url);
  const orm = await openAnalyticsOrm(url);
  try {
    await orm.migrator.up({ to: "Migration20261126060000_forgotten_users" });
    const sql = <T extends object>(query: string, values: unknown[] = []) =>
      orm.em.fork().execute<T[]>(query, values);
    const instants = ["2025-03-31T23:59:59Z", "2025-04-01T00:00:00Z", "2026-11-15T08:00:00Z"];
    const eventId = randomUUID();
    for (const [index, at] of instants.entries())
      await sql(
        `insert into user_activity (user_id, activity_type, entity_type, entity_id, action, metadata, event_id, created_at)
         values (gen_random_uuid(), 'task', 'task', gen_random_uuid(), 'completed', '{"priority": "high"}', ?, ?)`,
        [index === 0 ? eventId : randomUUID(), at],
      );
    const before = await sql(`select * from user_activity order by created_at`);

    await orm.migrator.up();

    // Every column as it was; `day`, added later, is left for reports:rebuild to fill.
    expect(await sql(`select * from user_activity order by created_at`)).toEqual(
      before.map((row) => ({ ...row, day: null })),
    );
    const placed = await sql<{ partition: string }>(
      `select tableoid::regclass::text as partition from user_activity order by created_at`,
    );
    expect(placed.map((row) => row.partition)).toEqual([
      "user_activity_p2025_03",
      "user_activity_p2025_04",
      "user_activity_p2026_11",
    ]);
    // Every month from the oldest row to three months ahead has its partition.
    const [months] = await sql<{ count: number }>(
      `select count(*)::int as count from pg_inherits join pg_class on pg_class.oid = inhrelid
       where inhparent = 'user_activity'::regclass and relname like 'user_activity_p%'`,
    );
    const now = new Date();
    expect(months!.count).toBe((now.getUTCFullYear() - 2025) * 12 + now.getUTCMonth() - 2 + 1 + 3);
    await expect(
      sql(
        `insert into user_activity (user_id, activity_type, entity_type, entity_id, action, event_id, created_at)
         values (gen_random_uuid(), 'task', 'task', gen_random_uuid(), 'completed', ?, '2025-03-31T23:59:59Z')`,
        [eventId],
      ),
    ).rejects.toThrow(/duplicate key value violates unique constraint/);
  } finally {
    await orm.close();
  }
});
