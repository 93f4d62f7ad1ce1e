import { describe, expect, it } from "vitest";
import { loadDemoPopulationConfig } from "./demo-population.config";

describe("the demo population's configuration", () => {
  // The rule itself (NODE_ENV, SEED_DEMO_DATA) is the demo accounts' one, tested in @momentum/db.
  it("wants the population where the demo accounts are wanted, and never by default", () => {
    expect(loadDemoPopulationConfig({ NODE_ENV: "development" }).demoDataWanted).toBe(true);
    expect(loadDemoPopulationConfig({ SEED_DEMO_DATA: "true" }).demoDataWanted).toBe(true);
    expect(loadDemoPopulationConfig({}).demoDataWanted).toBe(false);
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
