import { describe, expect, it } from "vitest";
import { loadDemoPopulationConfig } from "./demo-population.config";

describe("the demo population's configuration", () => {
  it.each([
    [{}, false],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "test" }, false],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "development", SEED_DEMO_DATA: "false" }, false],
    [{ NODE_ENV: "production", SEED_DEMO_DATA: "true" }, true],
  ])("with %o the population is wanted: %s, as the demo accounts are", (env, wanted) => {
    expect(loadDemoPopulationConfig(env).demoDataWanted).toBe(wanted);
  });

  it("reads both databases' addresses", () => {
    const config = loadDemoPopulationConfig({
      DATABASE_URL: "postgres://db/main",
      ANALYTICS_DATABASE_URL: "postgres://db/analytics",
    });
    expect([config.databaseUrl, config.analyticsDatabaseUrl]).toEqual([
      "postgres://db/main",
      "postgres://db/analytics",
    ]);
  });
});
