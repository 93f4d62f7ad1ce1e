import { afterAll, describe, expect, it } from "vitest";
import { databaseExists } from "../database-server";
import { openAnalyticsOrm, openMainOrm } from "../orm-options";
import { createTestDatabases, type TestDatabases } from "./test-databases";

describe("createTestDatabases", () => {
  const created: TestDatabases[] = [];
  afterAll(async () => {
    await Promise.all(created.map((databases) => databases.drop()));
  });

  it("creates two migrated databases with names unique to the run, and drop() removes them", async () => {
    const first = await createTestDatabases("Helper Test!");
    const second = await createTestDatabases("Helper Test!");
    created.push(first, second);

    expect(first.mainUrl).toMatch(/\/momentum_test_helper_test_[0-9a-f]{8}$/);
    expect(first.analyticsUrl).toBe(`${first.mainUrl}_analytics`);
    expect(second.mainUrl).not.toBe(first.mainUrl);

    const main = await openMainOrm(first.mainUrl);
    const analytics = await openAnalyticsOrm(first.analyticsUrl);
    try {
      expect(await main.migrator.getPendingMigrations()).toEqual([]);
      expect(await analytics.migrator.getPendingMigrations()).toEqual([]);
    } finally {
      await Promise.all([main.close(), analytics.close()]);
    }

    await first.drop();
    expect(await databaseExists(first.mainUrl)).toBe(false);
    expect(await databaseExists(first.analyticsUrl)).toBe(false);
  });
});
