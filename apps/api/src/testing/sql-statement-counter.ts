import { type PostgreSqlConnection } from "@mikro-orm/postgresql";
import { type TestApi } from "./test-api";

/**
 * Runs `work` and counts the SQL statements the API sends meanwhile, for tests that a response costs a
 * constant number of queries. The relay polls the outbox in its own transactions meanwhile; requests
 * themselves open none, so outbox statements and transaction control are not counted.
 */
export async function countSqlStatements<T>(
  api: TestApi,
  work: () => Promise<T>,
): Promise<{ count: number; result: T }> {
  const knex = (api.deps.orm.em.getConnection() as PostgreSqlConnection).getKnex();
  let count = 0;
  const onQuery = (query: { sql: string }) => {
    if (!/\boutbox\b|^(begin|commit|rollback)\b/i.test(query.sql)) count++;
  };
  knex.on("query", onQuery);
  try {
    const result = await work();
    return { count, result };
  } finally {
    knex.removeListener("query", onQuery);
  }
}
