import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe("the API's /metrics, on its internal port", () => {
  it.each([
    "momentum_outbox_backlog",
    "momentum_outbox_oldest_pending_seconds",
    "momentum_outbox_published_total",
    "momentum_outbox_publish_failures_total",
    "process_cpu_user_seconds_total",
  ])("exposes %s, labelled service=api", async (series) => {
    const response = await fetch(`${api.metricsUrl}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(new RegExp(`^${series}\\{service="api"\\} \\d`, "m"));
  });
});

describe("the API's probes", () => {
  it("/readyz on the internal port checks PostgreSQL, Redis and RabbitMQ", async () => {
    const response = await fetch(`${api.metricsUrl}/readyz`);
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { postgresql: "up", redis: "up", rabbitmq: "up" },
    });
    expect((await fetch(`${api.metricsUrl}/healthz`)).status).toBe(200);
  });

  it.each(["/metrics", "/readyz", "/healthz"])("%s is not served on the public port", async (path) => {
    expect(api.metricsUrl).not.toBe(api.url);
    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/process_cpu|postgresql/);
  });
});
