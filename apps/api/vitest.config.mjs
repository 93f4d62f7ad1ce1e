import { createRequire } from "node:module";
import { nodeVitestConfig } from "@momentum/vitest-config";

const require = createRequire(import.meta.url);

export default nodeVitestConfig({
  // type-graphql and graphql-scalars load graphql's CommonJS build; tests must use the same
  // instance, or graphql-js refuses types "from another module or realm".
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: {
    globalSetup: ["@momentum/db/testing/vitest-global-setup"],
    setupFiles: ["./src/testing/vitest-setup.ts"],
  },
});
