import { afterEach, describe, expect, it } from "vitest";
import { startHealthServer, type HealthServer, type ReadinessCheck } from "./health-server";
import { createLogger } from "./logger";
import { createMetricsRegistry } from "./metrics-registry";

describe("health server", () => {
  let server: HealthServer | undefined;
  afterEach(async () => server?.close());

  const start = async (checks: Record<string, ReadinessCheck>) => {
    server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger({ name: "test", level: "silent" }),
      registry: createMetricsRegistry("test"),
      checks,
      checkTimeoutMs: 200,
    });
    return (path: string) => fetch(`http://127.0.0.1:${server!.port}${path}`);
  };

  it("says alive on /healthz even when a dependency is down", async () => {
    const get = await start({ broker: () => false });
    expect((await get("/healthz")).status).toBe(200);
  });

  it("is ready only when every check is up", async () => {
    const get = await start({ broker: () => true, database: async () => true });
    const response = await get("/readyz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { broker: "up", database: "up" } });
  });

  it("names the checks that are down, failing or too slow, with 503", async () => {
    const get = await start({
      broker: () => true,
      database: () => Promise.reject(new Error("connection refused")),
      cache: () => new Promise<boolean>(() => undefined),
    });
    const response = await get("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "not ready",
      checks: { broker: "up", database: "down", cache: "down" },
    });
  });

  it("serves Prometheus metrics labelled with the service", async () => {
    const get = await start({});
    const text = await (await get("/metrics")).text();
    expect(text).toContain('process_cpu_user_seconds_total{service="test"}');
  });
});
