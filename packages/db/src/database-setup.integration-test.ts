import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig } from "./config";
import { dropDatabase, withDatabaseName } from "./database-server";
import { setupDatabases } from "./database-setup";

const serverUrl = loadDatabaseConfig().DATABASE_URL;
const name = `momentum_test_setup_${randomBytes(4).toString("hex")}`;
const config = {
  DATABASE_URL: withDatabaseName(serverUrl, name),
  ANALYTICS_DATABASE_URL: withDatabaseName(serverUrl, `${name}_analytics`),
};

afterAll(async () => {
  await Promise.all([dropDatabase(config.DATABASE_URL), dropDatabase(config.ANALYTICS_DATABASE_URL)]);
});

describe("setupDatabases", () => {
  it("creates, migrates and seeds missing databases, and a second run changes nothing", async () => {
    const first: string[] = [];
    await setupDatabases(config, (line) => first.push(line));
    expect(first).toEqual([
      `${name}: created`,
      `${name}_analytics: created`,
      expect.stringMatching(new RegExp(`^${name}: applied Migration\\d+_initial`)),
      expect.stringMatching(new RegExp(`^${name}_analytics: applied Migration\\d+_initial`)),
      `${name}: seeded achievements, demo user and staff admin`,
      `${name}_analytics: seeded 30 days of the demo user's activity`,
    ]);

    const second: string[] = [];
    await setupDatabases(config, (line) => second.push(line));
    expect(second).toEqual([
      `${name}: exists`,
      `${name}_analytics: exists`,
      `${name}: schema up to date`,
      `${name}_analytics: schema up to date`,
      `${name}: has users, demo data not seeded`,
    ]);
  });
});
