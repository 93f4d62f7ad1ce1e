import { Client } from "pg";
import { openAnalyticsOrm, openMainOrm, type DatabaseName } from "./orm-options";

// Creating and dropping databases: done from the server's `postgres` maintenance database,
// because a database cannot be created or dropped while connected to itself.

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`The database URL names no database: ${redactUrl(url)}`);
  return name;
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  return target.toString();
}

/** For messages: never print a password. */
export function redactUrl(url: string): string {
  const target = new URL(url);
  if (target.password) target.password = "***";
  return target.toString();
}

async function withMaintenanceClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  return withMaintenanceClient(url, async (client) => {
    const result = await client.query("select 1 from pg_database where datname = $1", [databaseNameOf(url)]);
    return result.rowCount === 1;
  });
}

/** Creates the database named in `url` unless it exists; returns whether it was created. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  return withMaintenanceClient(url, async (client) => {
    const existing = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (existing.rowCount === 1) return false;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return true;
  });
}

/** Drops the database named in `url`, disconnecting its sessions first; absent is fine. */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  await withMaintenanceClient(url, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}

const openers: Record<DatabaseName, typeof openMainOrm> = {
  main: openMainOrm,
  analytics: openAnalyticsOrm,
};

/** Applies pending migrations; returns the names of those applied. */
export async function migrateDatabase(database: DatabaseName, url: string): Promise<string[]> {
  // A migration may rewrite a large table: it is an operator's deliberate act, not a request to cut short.
  const orm = await openers[database](url, { statementTimeoutMs: 0 });
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close();
  }
}
