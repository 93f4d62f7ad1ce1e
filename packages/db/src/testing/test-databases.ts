import { randomBytes } from "node:crypto";
import { loadDatabaseConfig } from "../config";
import { createDatabaseIfMissing, dropDatabase, migrateDatabase, withDatabaseName } from "../database-server";

export interface TestDatabases {
  mainUrl: string;
  analyticsUrl: string;
  /** Drops both databases, even while connections are still open. */
  drop(): Promise<void>;
}

/** Identifiers stop at 63 bytes: keep the label short and plain. */
function databaseLabel(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 20) || "run"
  );
}

/**
 * Creates a migrated main and analytics database with names unique to this run, on the server of
 * DATABASE_URL (or `serverUrl`), so parallel test runs never share state.
 */
export async function createTestDatabases(
  label = "run",
  serverUrl: string = loadDatabaseConfig().DATABASE_URL,
): Promise<TestDatabases> {
  const name = `momentum_test_${databaseLabel(label)}_${randomBytes(4).toString("hex")}`;
  const mainUrl = withDatabaseName(serverUrl, name);
  const analyticsUrl = withDatabaseName(serverUrl, `${name}_analytics`);
  const drop = async () => {
    await Promise.all([dropDatabase(mainUrl), dropDatabase(analyticsUrl)]);
  };
  try {
    await Promise.all([createDatabaseIfMissing(mainUrl), createDatabaseIfMissing(analyticsUrl)]);
    await Promise.all([migrateDatabase("main", mainUrl), migrateDatabase("analytics", analyticsUrl)]);
  } catch (error) {
    await drop();
    throw error;
  }
  return { mainUrl, analyticsUrl, drop };
}
