import { nodeVitestConfig } from "@momentum/vitest-config";

export default nodeVitestConfig({
  // One pair of migrated databases per run (DATABASE_URL for the workers), dropped at the end.
  test: { globalSetup: ["@momentum/db/testing/vitest-global-setup"] },
});
