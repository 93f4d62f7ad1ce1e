import type { MikroORM } from "@mikro-orm/postgresql";
import { openAnalyticsOrm, openMainOrm } from "../orm-options";
import { createTestDatabases, type TestDatabases } from "./test-databases";

export interface TestOrms {
  databases: TestDatabases;
  main: MikroORM;
  analytics: MikroORM;
  /** Closes both ORMs and drops both databases. */
  close(): Promise<void>;
}

/** Fresh migrated databases with an ORM open on each: the usual `beforeAll` of an integration test. */
export async function openTestOrms(label?: string): Promise<TestOrms> {
  const databases = await createTestDatabases(label);
  const [main, analytics] = await Promise.all([
    openMainOrm(databases.mainUrl),
    openAnalyticsOrm(databases.analyticsUrl),
  ]);
  return {
    databases,
    main,
    analytics,
    close: async () => {
      await Promise.all([main.close(), analytics.close()]);
      await databases.drop();
    },
  };
}
