import { createTestDatabases } from "./test-databases";

/**
 * Vitest `globalSetup`: one pair of migrated databases for the whole run, handed to the test
 * workers through the environment they inherit, and dropped at the end.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const databases = await createTestDatabases("vitest");
  process.env.DATABASE_URL = databases.mainUrl;
  process.env.ANALYTICS_DATABASE_URL = databases.analyticsUrl;
  return () => databases.drop();
}
