import { nodeVitestConfig } from "@momentum/vitest-config";

// Two projects: unit tests of pure code start nothing; integration tests share one pair of migrated
// databases per run (DATABASE_URL for the workers, dropped at the end) and, like every app, register
// the domain's reactions at start-up (registering them costs each unit test file a second's imports).
export default nodeVitestConfig({
  test: {
    projects: [
      { extends: true, test: { name: "unit", exclude: ["src/**/*.integration-test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          exclude: ["src/**/*.test.ts"],
          globalSetup: ["@momentum/db/testing/vitest-global-setup"],
          setupFiles: ["./src/testing/vitest-setup.test-support.ts"],
          benchmark: { exclude: ["src/**/*.bench.ts"] },
        },
      },
    ],
  },
});
