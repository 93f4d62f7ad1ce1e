import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig, loadDemoDataWanted } from "./config";
import { dropDatabase, withDatabaseName } from "./database-server";
import { setupDatabases } from "./database-setup";
import { Achievement } from "./entities/achievement.entity";
import { StaffUser } from "./entities/staff-user.entity";
import { User } from "./entities/user.entity";
import { openMainOrm } from "./orm-options";

const serverUrl = loadDatabaseConfig().DATABASE_URL;
const created: string[] = [];

/** A pair of database names of this test's own, dropped at the end. */
function freshDatabases() {
  const name = `momentum_test_setup_${randomBytes(4).toString("hex")}`;
  const config = {
    DATABASE_URL: withDatabaseName(serverUrl, name),
    ANALYTICS_DATABASE_URL: withDatabaseName(serverUrl, `${name}_analytics`),
  };
  created.push(config.DATABASE_URL, config.ANALYTICS_DATABASE_URL);
  return { name, config };
}

afterAll(async () => {
  await Promise.all(created.map((url) => dropDatabase(url)));
});

describe("setupDatabases", () => {
  it("creates, migrates and seeds missing databases, and a second run changes nothing", async () => {
    const { name, config } = freshDatabases();
    const first: string[] = [];
    await setupDatabases(config, (line) => first.push(line), { demoData: true });
    expect(first).toEqual([
      `${name}: created`,
      `${name}_analytics: created`,
      expect.stringMatching(new RegExp(`^${name}: applied Migration\\d+_initial`)),
      expect.stringMatching(new RegExp(`^${name}_analytics: applied Migration\\d+_initial`)),
      `${name}: seeded achievements, demo user and staff admin`,
      `${name}_analytics: seeded 30 days of the demo user's activity`,
    ]);

    const second: string[] = [];
    await setupDatabases(config, (line) => second.push(line), { demoData: true });
    expect(second).toEqual([
      `${name}: exists`,
      `${name}_analytics: exists`,
      `${name}: schema up to date`,
      `${name}_analytics: schema up to date`,
      `${name}: has users, demo data not seeded`,
    ]);
  });

  it("outside development seeds the achievements but no account with a published password", async () => {
    const { name, config } = freshDatabases();
    const lines: string[] = [];
    await setupDatabases(config, (line) => lines.push(line), { demoData: loadDemoDataWanted({}) });
    expect(lines.at(-1)).toMatch(new RegExp(`^${name}: seeded achievements; no demo accounts.*staff:create`));

    const orm = await openMainOrm(config.DATABASE_URL);
    try {
      const em = orm.em.fork();
      expect(await em.count(User)).toBe(0);
      expect(await em.count(StaffUser)).toBe(0);
      expect(await em.count(Achievement)).toBeGreaterThan(0);
    } finally {
      await orm.close();
    }
  });
});

describe("npm run db:setup as a deployment runs it", () => {
  it("with NODE_ENV unset creates no account with a published password", async () => {
    const { config } = freshDatabases();
    const environment: NodeJS.ProcessEnv = { ...process.env, ...config };
    delete environment.NODE_ENV;
    delete environment.SEED_DEMO_DATA;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(__dirname, "../dist/cli.js"), "setup"],
      { env: environment },
    );
    expect(stdout).toMatch(/no demo accounts/);
    const orm = await openMainOrm(config.DATABASE_URL);
    try {
      expect(await orm.em.fork().count(User)).toBe(0);
      expect(await orm.em.fork().count(StaffUser)).toBe(0);
    } finally {
      await orm.close();
    }
  });
});

describe("whether demo data is wanted", () => {
  it.each([
    [{}, false],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "test" }, false],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "development", SEED_DEMO_DATA: "false" }, false],
    [{ NODE_ENV: "production", SEED_DEMO_DATA: "true" }, true],
  ])("%o → %s", (env, wanted) => {
    expect(loadDemoDataWanted(env)).toBe(wanted);
  });
});
