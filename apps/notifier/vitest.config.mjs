import { nodeVitestConfig } from "@momentum/vitest-config";

export default nodeVitestConfig({
  test: { globalSetup: ["@momentum/db/testing/vitest-global-setup"] },
});
