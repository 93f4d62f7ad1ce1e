import { ConfigError } from "@momentum/platform";
import { describe, expect, it } from "vitest";
import { loadApiConfig } from "./config";

const ownKeys = {
  JWT_SECRET: "j".repeat(40),
  REFRESH_TOKEN_KEY: "r".repeat(40),
  DASHBOARD_PROXY_SECRET: "d".repeat(40),
};

const problemsOf = (env: Record<string, string>) => {
  try {
    loadApiConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe("the API's keys", () => {
  it("are required when NODE_ENV is unset: unset means production", () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^JWT_SECRET: is required/),
      expect.stringMatching(/^REFRESH_TOKEN_KEY: is required/),
      expect.stringMatching(/^DASHBOARD_PROXY_SECRET: is required/),
    ]);
    expect(loadApiConfig(ownKeys).isProduction).toBe(true);
  });

  it.each(["development", "test"])("may be the published development keys when NODE_ENV=%s", (nodeEnv) => {
    const config = loadApiConfig({ NODE_ENV: nodeEnv });
    expect(config.isProduction).toBe(false);
    expect(config.accessTokens.secret).not.toBe(config.refreshRotationKey);
  });

  it("refuses the published development keys as configured keys, in any environment", () => {
    const published = loadApiConfig({ NODE_ENV: "development" });
    expect(
      problemsOf({
        NODE_ENV: "development",
        JWT_SECRET: published.accessTokens.secret,
        REFRESH_TOKEN_KEY: ownKeys.REFRESH_TOKEN_KEY,
      }),
    ).toEqual(["JWT_SECRET: is a published development key"]);
    expect(problemsOf({ ...ownKeys, REFRESH_TOKEN_KEY: published.refreshRotationKey })).toEqual([
      "REFRESH_TOKEN_KEY: is a published development key",
    ]);
    expect(problemsOf({ ...ownKeys, DASHBOARD_PROXY_SECRET: published.dashboardProxySecret })).toEqual([
      "DASHBOARD_PROXY_SECRET: is a published development key",
    ]);
  });

  it("keep the refresh-rotation key apart from the signing key", () => {
    expect(problemsOf({ ...ownKeys, REFRESH_TOKEN_KEY: ownKeys.JWT_SECRET })).toEqual([
      "REFRESH_TOKEN_KEY: must differ from JWT_SECRET",
    ]);
    const config = loadApiConfig(ownKeys);
    expect(config.accessTokens.secret).toBe(ownKeys.JWT_SECRET);
    expect(config.refreshRotationKey).toBe(ownKeys.REFRESH_TOKEN_KEY);
  });
});

describe("the client address settings", () => {
  it("trust no X-Forwarded-For unless told", () => {
    expect(loadApiConfig(ownKeys).forwardedTrust).toEqual({ hops: 0 });
    expect(loadApiConfig({ ...ownKeys, TRUST_PROXY: "true" }).forwardedTrust).toEqual({ hops: 1 });
    expect(loadApiConfig({ ...ownKeys, TRUSTED_PROXY_HOPS: "2" }).forwardedTrust).toEqual({ hops: 2 });
  });

  it("take proxy ranges, refuse what is not a range, and refuse ranges together with a hop count", () => {
    const trust = loadApiConfig({ ...ownKeys, TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8" }).forwardedTrust;
    expect("proxies" in trust && trust.proxies.check("10.1.2.3")).toBe(true);
    expect(problemsOf({ ...ownKeys, TRUSTED_PROXIES: "10.0.0.0/40" })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXIES: .*prefix/),
    ]);
    expect(problemsOf({ ...ownKeys, TRUSTED_PROXIES: "10.0.0.0/8", TRUSTED_PROXY_HOPS: "1" })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXIES: choose either/),
    ]);
  });
});

describe("the API's hardening defaults", () => {
  it("serves probes on internal port 9464, cuts statements at 30 s and sessions at 90 days", () => {
    const config = loadApiConfig(ownKeys);
    expect(config.metricsPort).toBe(9464);
    expect(config.port).not.toBe(config.metricsPort);
    expect(config.databaseLimits).toEqual({ statementTimeoutMs: 30_000 });
    expect(config.sessionMaxLifetimeDays).toBe(90);
  });

  it("takes them from the environment", () => {
    const config = loadApiConfig({
      ...ownKeys,
      METRICS_PORT: "9100",
      DATABASE_STATEMENT_TIMEOUT_MS: "5000",
      SESSION_MAX_LIFETIME_DAYS: "30",
    });
    expect([
      config.metricsPort,
      config.databaseLimits.statementTimeoutMs,
      config.sessionMaxLifetimeDays,
    ]).toEqual([9100, 5000, 30]);
  });
});

describe("the trash purge's interval", () => {
  it("is an hour unless told, and takes no interval under 50 ms or over a day", () => {
    expect(loadApiConfig(ownKeys).trashPurgePollMs).toBe(3_600_000);
    expect(loadApiConfig({ ...ownKeys, TRASH_PURGE_POLL_MS: "60000" }).trashPurgePollMs).toBe(60_000);
    for (const wrong of ["10", "86400001", "soon"]) {
      expect(problemsOf({ ...ownKeys, TRASH_PURGE_POLL_MS: wrong }).join(" ")).toContain(
        "TRASH_PURGE_POLL_MS",
      );
    }
  });
});

describe("the request body limits", () => {
  it("let a signed-in request carry an import's content written into JSON, and never less than the anonymous limit", () => {
    expect(loadApiConfig(ownKeys)).toMatchObject({
      maxRequestBodyBytes: 100_000,
      signedInMaxRequestBodyBytes: Math.ceil((10 * 1024 * 1024 * 4) / 3) + 64 * 1024,
    });
    const small = { ...ownKeys, IMPORT_MAX_CONTENT_BYTES: "2048", MAX_REQUEST_BODY_BYTES: "500000" };
    expect(loadApiConfig(small).signedInMaxRequestBodyBytes).toBe(500_000);
  });
});
