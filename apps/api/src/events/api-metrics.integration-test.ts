import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe("the API's /metrics", () => {
  it.each([
    "momentum_outbox_backlog",
    "momentum_outbox_oldest_pending_seconds",
    "momentum_outbox_published_total",
    "momentum_outbox_publish_failures_total",
    "process_cpu_user_seconds_total",
  ])("exposes %s, labelled service=api", async (series) => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(new RegExp(`^${series}\\{service="api"\\} \\d`, "m"));
  });
});
