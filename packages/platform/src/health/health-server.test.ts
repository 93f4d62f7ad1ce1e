import { afterEach, describe, expect, it } from "vitest";
import { startHealthServer, type HealthServer } from "./health-server";
import { type ReadinessCheck } from "./readiness";
import { createLogger } from "../observability/logger";
import { createMetricsRegistry } from "../observability/metrics-registry";

describe("health server", () => {
  let server: HealthServer | undefined;
  afterEach(async () => server?.close());

  const start = async (checks: Record<string, ReadinessCheck>, isStopping?: () => boolean) => {
    server = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger({ name: "test", level: "silent" }),
      registry: createMetricsRegistry("test"),
      checks,
      isStopping,
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

  it("says stopping with 503 once the service has begun to stop, even with every check up", async () => {
    let stopping = false;
    const get = await start({ database: () => true }, () => stopping);
    expect((await get("/readyz")).status).toBe(200);
    stopping = true;
    const response = await get("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "stopping", checks: { database: "up" } });
  });

  it("answers 404 off the probe paths and 405 to anything but GET", async () => {
    const get = await start({});
    expect((await get("/graphql")).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server!.port}/readyz`, { method: "POST" })).status).toBe(405);
  });

  it("serves Prometheus metrics labelled with the service", async () => {
    const get = await start({});
    const text = await (await get("/metrics")).text();
    expect(text).toContain('process_cpu_user_seconds_total{service="test"}');
  });
});
