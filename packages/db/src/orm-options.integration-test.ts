import { type MikroORM } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig } from "./config";
import { openAnalyticsOrm, openMainOrm } from "./orm-options";

const { DATABASE_URL: url, ANALYTICS_DATABASE_URL: analyticsUrl } = loadDatabaseConfig();
const opened: MikroORM[] = [];
const open = async (statementTimeoutMs?: number) => {
  const orm = await openMainOrm(url, statementTimeoutMs === undefined ? {} : { statementTimeoutMs });
  opened.push(orm);
  return orm;
};
let quick: MikroORM;
beforeAll(async () => {
  quick = await open(300);
});
afterAll(async () => Promise.all(opened.map((orm) => orm.close())));

const statementTimeoutOf = async (orm: MikroORM) =>
  (await orm.em.getConnection().execute<{ statement_timeout: string }[]>("show statement_timeout"))[0]!
    .statement_timeout;

describe("statement timeout", () => {
  it("is 30 s on every connection unless configured", async () => {
    expect(await statementTimeoutOf(await open())).toBe("30s");
  });

  it("cancels a statement running past it, and the connection serves the next one", async () => {
    const started = Date.now();
    await expect(quick.em.getConnection().execute("select pg_sleep(5)")).rejects.toMatchObject({
      code: "57014", // query_canceled
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await quick.em.getConnection().execute("select 1 as up")).toEqual([{ up: 1 }]);
  });

  it("cancels a statement inside a transaction too (a lock wait, a slow plan)", async () => {
    await expect(
      quick.em
        .fork()
        .transactional((em) =>
          em.getConnection().execute("select pg_sleep(5)", [], "all", em.getTransactionContext()),
        ),
    ).rejects.toMatchObject({ code: "57014" });
  });

  it("0 lets statements run as long as they like, as migrations do", async () => {
    expect(await statementTimeoutOf(await open(0))).toBe("0");
  });
});

describe("two databases", () => {
  it("an analytics query inside a main-database transaction runs on the analytics database", async () => {
    const analytics = await openAnalyticsOrm(analyticsUrl);
    opened.push(analytics);
    const databaseOf = async (em: typeof analytics.em) =>
      (
        await em
          .fork()
          .transactional((tx) =>
            tx
              .getConnection()
              .execute<{ name: string }[]>(
                "select current_database() as name",
                [],
                "all",
                tx.getTransactionContext(),
              ),
          )
      )[0]!.name;
    const expected = await databaseOf(analytics.em);
    const inside = await quick.em.fork().transactional(() => databaseOf(analytics.em));
    expect(inside).toBe(expected);
    expect(inside).not.toBe(await databaseOf(quick.em));
  });
});
