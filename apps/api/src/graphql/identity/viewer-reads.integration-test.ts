import "reflect-metadata";
import { type PostgreSqlConnection } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const TODAY_SCREEN = `{
  tasks(filter: { dueToday: true }, first: 50) { totalCount edges { node { id } } }
  habits { id currentStreak progress { isDueToday strength } }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe("the viewer's user row", () => {
  it("is read once per request, however many fields need the viewer's today", async () => {
    const account = await signUpTestAccount(api);
    await api.graphql(
      `mutation { createHabit(input: { title: "Read", frequencyType: DAILY, frequencyConfig: {} }) { id } }`,
      {},
      account.accessToken,
    );
    const knex = (api.deps.orm.em.getConnection() as PostgreSqlConnection).getKnex();
    const userReads: string[] = [];
    const onQuery = (query: { sql: string }) => {
      if (/from "users"/.test(query.sql)) userReads.push(query.sql);
    };
    knex.on("query", onQuery);
    try {
      const response = await api.graphql(TODAY_SCREEN, {}, account.accessToken);
      expect(response.errors).toBeUndefined();
    } finally {
      knex.removeListener("query", onQuery);
    }
    expect(userReads).toHaveLength(1);
  });
});
