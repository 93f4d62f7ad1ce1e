import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig } from "../config";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../database-server";
import { openAnalyticsOrm, openMainOrm, type DatabaseName } from "../orm-options";

const serverUrl = loadDatabaseConfig().DATABASE_URL;
const openers = { main: openMainOrm, analytics: openAnalyticsOrm };
const createdUrls: string[] = [];

afterAll(async () => {
  await Promise.all(createdUrls.map((url) => dropDatabase(url)));
});

describe.each<DatabaseName>(["main", "analytics"])("the %s migrations", (database) => {
  it("build exactly the schema the entities describe, and revert to an empty database", async () => {
    const url = withDatabaseName(
      serverUrl,
      `momentum_test_migrations_${database}_${randomBytes(4).toString("hex")}`,
    );
    createdUrls.push(url);
    await createDatabaseIfMissing(url);
    const orm = await openers[database](url);
    try {
      const applied = await orm.migrator.up();
      expect(applied.length).toBeGreaterThan(0);

      expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe("");

      await orm.migrator.down({ to: 0 });
      const remaining = await orm.em
        .getConnection()
        .execute<{ table_name: string }[]>(
          "select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'",
        );
      expect(remaining.map((row) => row.table_name)).toEqual([]);
    } finally {
      await orm.close();
    }
  });
});

describe("the analytics migration dropping habit skip reasons", () => {
  it("removes the words of skips already copied, and keeps every other fact", async () => {
    const url = withDatabaseName(serverUrl, `momentum_test_skip_reasons_${randomBytes(4).toString("hex")}`);
    createdUrls.push(url);
    await createDatabaseIfMissing(url);
    const orm = await openAnalyticsOrm(url);
    try {
      await orm.migrator.up({ to: "Migration20261126060000_forgotten_users" });
      const connection = orm.em.getConnection();
      const insert = (action: string, metadata: object) =>
        connection.execute(
          `insert into user_activity (id, user_id, activity_type, entity_type, entity_id, action, metadata)
           values (gen_random_uuid(), gen_random_uuid(), 'habit', 'habit', gen_random_uuid(), ?, ?::jsonb)`,
          [action, JSON.stringify(metadata)],
        );
      await insert("skipped", { date: "2026-11-20", reason: "private words" });
      await insert("logged", { date: "2026-11-20", reason: "kept: not a skip" });

      await orm.migrator.up();
      const rows = await connection.execute<{ action: string; metadata: Record<string, unknown> }[]>(
        "select action, metadata from user_activity order by action",
      );
      expect(rows).toEqual([
        { action: "logged", metadata: { date: "2026-11-20", reason: "kept: not a skip" } },
        { action: "skipped", metadata: { date: "2026-11-20" } },
      ]);
    } finally {
      await orm.close();
    }
  });
});

/** A new main database (dropped after the file) with the migrations up to `migration` applied. */
async function mainDatabaseMigratedTo(name: string, migration: string) {
  const url = withDatabaseName(serverUrl, `momentum_test_${name}_${randomBytes(4).toString("hex")}`);
  createdUrls.push(url);
  await createDatabaseIfMissing(url);
  const orm = await openMainOrm(url);
  await orm.migrator.up({ to: migration });
  return orm;
}

describe("the main migration adding the trash", () => {
  it("dates the tasks already deleted and groups each with the task it was deleted with", async () => {
    const orm = await mainDatabaseMigratedTo("trash", "Migration20261202121153_data_exports");
    try {
      const connection = orm.em.getConnection();
      const [user] = await connection.execute<{ id: string }[]>(
        `insert into users (email, username, password_hash, full_name, timezone) values ('t@x.test', 'trash', 'x', 'T', 'UTC') returning id`,
      );
      const task = async (title: string, deleted: boolean, parentId: string | null = null) => {
        const [row] = await connection.execute<{ id: string }[]>(
          `insert into tasks (user_id, title, is_deleted, parent_task_id, updated_at)
           values (?, ?, ?, ?, '2026-11-01T10:00:00Z') returning id`,
          [user!.id, title, deleted, parentId],
        );
        return row!.id;
      };
      const deletedLine = (taskId: string, notes: string | null) =>
        connection.execute(
          `insert into task_history (task_id, user_id, action, notes, created_at)
           values (?, ?, 'deleted', ?, '2026-11-20T08:00:00Z')`,
          [taskId, user!.id, notes],
        );
      const parent = await task("parent", true);
      const child = await task("child", true, parent);
      const unrecorded = await task("no history line", true);
      await task("live", false);
      await deletedLine(parent, null);
      await deletedLine(child, `deleted with ${parent}`);

      await orm.migrator.up();
      const rows = await connection.execute<
        { title: string; deleted_at: Date | null; deleted_with: string | null }[]
      >(`select title, deleted_at, deleted_with_task_id as deleted_with from tasks order by title`);
      expect(rows.map((row) => ({ ...row, deleted_at: row.deleted_at && new Date(row.deleted_at) }))).toEqual(
        [
          { title: "child", deleted_at: new Date("2026-11-20T08:00:00Z"), deleted_with: parent },
          { title: "live", deleted_at: null, deleted_with: null },
          {
            title: "no history line",
            deleted_at: new Date("2026-11-01T10:00:00Z"),
            deleted_with: unrecorded,
          },
          { title: "parent", deleted_at: new Date("2026-11-20T08:00:00Z"), deleted_with: parent },
        ],
      );
    } finally {
      await orm.close();
    }
  });
});

describe("the main migration moving habit targets out of frequency_config", () => {
  it("moves target and unit into the habit's columns (a period's target adds up its days) and back", async () => {
    const orm = await mainDatabaseMigratedTo("habit_targets", "Migration20261202121153_data_exports");
    try {
      const connection = orm.em.getConnection();
      const [user] = await connection.execute<{ id: string }[]>(
        `insert into users (email, password_hash, full_name, username, timezone)
         values ('a@example.com', 'x', 'A', 'a', 'UTC') returning id`,
      );
      const insert = (title: string, type: string, config: object) =>
        connection.execute(
          `insert into habits (user_id, title, frequency_type, frequency_config, start_date)
           values (?, ?, ?, ?::jsonb, '2026-11-01')`,
          [user!.id, title, type, JSON.stringify(config)],
        );
      await insert("Water", "daily", { target: 8, unit: "glasses" });
      await insert("Run", "times_per_week", { times: 3, target: 5 });
      await insert("Gym", "weekly", { days: ["MON"] });
      const habits = () =>
        connection.execute<{ title: string; frequency_config: object; unit: string; target_value: number }[]>(
          `select title, frequency_config, unit, target_value::float8 as target_value from habits order by title`,
        );

      await orm.migrator.up({ to: "Migration20261202160500_numeric_habits" });
      expect(await habits()).toEqual([
        { title: "Gym", frequency_config: { days: ["MON"] }, unit: null, target_value: null },
        { title: "Run", frequency_config: { times: 3 }, unit: null, target_value: 15 },
        { title: "Water", frequency_config: {}, unit: "glasses", target_value: 8 },
      ]);

      await orm.migrator.down({ to: "Migration20261202121153_data_exports" });
      const reverted = await connection.execute<{ title: string; frequency_config: object }[]>(
        `select title, frequency_config from habits order by title`,
      );
      expect(reverted).toEqual([
        { title: "Gym", frequency_config: { days: ["MON"] } },
        { title: "Run", frequency_config: { times: 3, target: 5 } },
        { title: "Water", frequency_config: { target: 8, unit: "glasses" } },
      ]);
    } finally {
      await orm.close();
    }
  });
});

describe("the main migration moving single reminders into reminder lists", () => {
  it("moves each reminder with its sent mark, and keeps the earliest one on the way back", async () => {
    const url = withDatabaseName(serverUrl, `momentum_test_reminder_lists_${randomBytes(4).toString("hex")}`);
    createdUrls.push(url);
    await createDatabaseIfMissing(url);
    const orm = await openMainOrm(url);
    try {
      await orm.migrator.up({ to: "Migration20261202121153_data_exports" });
      const connection = orm.em.getConnection();
      const [user] = await connection.execute<{ id: string }[]>(
        `insert into users (email, username, full_name, password_hash, timezone)
         values ('lists@momentum.test', 'lists', 'Lists', 'x', 'Europe/Berlin') returning id`,
      );
      const task = (title: string, reminderTime: string | null, remindedFor: string | null) =>
        connection.execute(
          `insert into tasks (user_id, title, reminder_time, reminded_for) values (?, ?, ?, ?)`,
          [user!.id, title, reminderTime, remindedFor],
        );
      await task("sent", "2031-01-10T08:00:00Z", "2031-01-10T08:00:00Z");
      await task("armed", "2031-01-11T08:00:00Z", null);
      await task("none", null, null);
      await connection.execute(
        `insert into habits (user_id, title, frequency_type, frequency_config, start_date, reminder_time, reminded_on)
         values (?, 'read', 'daily', '{}', '2031-01-01', '07:30', '2031-01-10')`,
        [user!.id],
      );

      // Raw timestamptz text ("2031-01-10 08:00:00+00") read as instants.
      const instants = (rows: Record<string, unknown>[]) =>
        rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([column, value]) => [
              column,
              typeof value === "string" && /^\d{4}-\d\d-\d\d \d/.test(value) ? new Date(value) : value,
            ]),
          ),
        );
      await orm.migrator.up();
      const taskReminders = await connection.execute(
        `select t.title, r.at, r.minutes_before, r.fire_at, r.sent_for from task_reminders r
           join tasks t on t.id = r.task_id order by t.title`,
      );
      expect(instants(taskReminders)).toEqual([
        {
          title: "armed",
          at: new Date("2031-01-11T08:00:00Z"),
          minutes_before: null,
          fire_at: new Date("2031-01-11T08:00:00Z"),
          sent_for: null,
        },
        {
          title: "sent",
          at: new Date("2031-01-10T08:00:00Z"),
          minutes_before: null,
          fire_at: new Date("2031-01-10T08:00:00Z"),
          sent_for: new Date("2031-01-10T08:00:00Z"),
        },
      ]);
      expect(await connection.execute(`select time, days, reminded_on from habit_reminders`)).toEqual([
        { time: "07:30:00", days: null, reminded_on: "2031-01-10" },
      ]);

      await orm.migrator.down({ to: "Migration20261202121153_data_exports" });
      expect(
        instants(
          await connection.execute(`select title, reminder_time, reminded_for from tasks order by title`),
        ),
      ).toEqual([
        { title: "armed", reminder_time: new Date("2031-01-11T08:00:00Z"), reminded_for: null },
        { title: "none", reminder_time: null, reminded_for: null },
        {
          title: "sent",
          reminder_time: new Date("2031-01-10T08:00:00Z"),
          reminded_for: new Date("2031-01-10T08:00:00Z"),
        },
      ]);
      expect(await connection.execute(`select reminder_time, reminded_on from habits`)).toEqual([
        { reminder_time: "07:30:00", reminded_on: "2031-01-10" },
      ]);
    } finally {
      await orm.close();
    }
  });
});
