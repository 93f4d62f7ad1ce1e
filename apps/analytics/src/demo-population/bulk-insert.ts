import { type EntityManager } from "@mikro-orm/postgresql";

const CHUNK_ROWS = 5_000;
const identifier = /^[a-z_][a-z0-9_]*$/;

/**
 * Inserts rows (column name -> value, every row with the first row's columns) a few thousand per
 * statement, as one JSON parameter spread over the table's own row type: columns left out take their
 * defaults, values are cast to the columns' types by PostgreSQL.
 */
export async function insertRows(
  em: EntityManager,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (![table, ...columns].every((name) => identifier.test(name)))
    throw new Error(`not plain identifiers: ${table}(${columns.join(", ")})`);
  const list = columns.map((column) => `"${column}"`).join(", ");
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await em.execute(
      `insert into "${table}" (${list}) select ${list} from jsonb_populate_recordset(null::"${table}", ?::jsonb)`,
      [JSON.stringify(rows.slice(start, start + CHUNK_ROWS))],
    );
  }
}
