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
