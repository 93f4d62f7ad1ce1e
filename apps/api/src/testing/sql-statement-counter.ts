import { setTimeout as sleep } from "node:timers/promises";
import { type PostgreSqlConnection } from "@mikro-orm/postgresql";
import { type TestApi } from "./test-api";

/** What the API's background jobs send, each in its own transactions (see countSqlStatements). */
const backgroundStatement = /\b(outbox|data_exports|import_jobs)\b|^(begin|commit|rollback)\b/i;

type Knex = ReturnType<PostgreSqlConnection["getKnex"]>;

/**
 * Waits until the API has sent no counted statement for `quietMs` (at most `maxMs`), so that work still
 * running for earlier requests on a loaded machine is not counted as the measured request's. (Jobs any
 * instance may take up, imports and data exports, are queued only by tests on databases of their own.)
 */
async function settled(knex: Knex, quietMs = 150, maxMs = 5_000): Promise<void> {
  const start = Date.now();
  let last = start;
  const onQuery = (query: { sql: string }) => {
    if (!backgroundStatement.test(query.sql)) last = Date.now();
  };
  knex.on("query", onQuery);
  try {
    while (Date.now() - last < quietMs && Date.now() - start < maxMs) await sleep(quietMs / 3);
  } finally {
    knex.removeListener("query", onQuery);
  }
}

/**
 * Runs `work` on a settled API and counts the SQL statements the API sends meanwhile, for tests that a
 * response costs a constant number of queries. The API's background work polls meanwhile, each in its
 * own transactions: the relay (the outbox), the data-export job (data_exports) and the import job
 * (import_jobs). Reads open none of those tables, so statements naming them and transaction control are
 * not counted.
 */
export async function countSqlStatements<T>(
  api: TestApi,
  work: () => Promise<T>,
): Promise<{ count: number; result: T }> {
  const knex = (api.deps.orm.em.getConnection() as PostgreSqlConnection).getKnex();
  await settled(knex);
  let count = 0;
  const onQuery = (query: { sql: string }) => {
    if (!backgroundStatement.test(query.sql)) count++;
  };
  knex.on("query", onQuery);
  try {
    const result = await work();
    return { count, result };
  } finally {
    knex.removeListener("query", onQuery);
  }
}
