import { type IncomingMessage, type ServerResponse } from "node:http";
import { type Logger } from "../observability/logger";
import { type Registry } from "../observability/metrics-registry";
import { readiness, type ReadinessCheck } from "./readiness";

export interface ProbeOptions {
  logger: Logger;
  registry: Registry;
  checks: Record<string, ReadinessCheck>;
  /** True once the service has begun to stop: /readyz then answers 503 at once. */
  isStopping?: () => boolean;
  /** A check slower than this counts as down, so a hung dependency cannot hang the probe. */
  checkTimeoutMs?: number;
}

/** Answers a request on one of the probe paths; false for any other path, which the caller serves. */
export type ProbeRoutes = (request: IncomingMessage, response: ServerResponse) => boolean;

const probePaths = new Set(["/healthz", "/readyz", "/metrics"]);

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * The operational endpoints every Momentum process serves, with one JSON shape: GET /healthz (the
 * process is alive), GET /readyz (every check is up and the process is not stopping, else 503 with the
 * checks) and GET /metrics (Prometheus text format).
 */
export function probeRoutes(options: ProbeOptions): ProbeRoutes {
  const { logger, registry, checks } = options;
  const answer = async (path: string, response: ServerResponse) => {
    if (path === "/healthz") return sendJson(response, 200, { status: "ok" });
    if (path === "/readyz") {
      const result = await readiness(checks, {
        stopping: options.isStopping?.() ?? false,
        timeoutMs: options.checkTimeoutMs,
      });
      return sendJson(response, result.status === "ready" ? 200 : 503, result);
    }
    response.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
  };
  return (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (!probePaths.has(path)) return false;
    if (request.method !== "GET") {
      sendJson(response, 405, { error: "method not allowed" });
      return true;
    }
    answer(path, response).catch((error: unknown) => {
      logger.error({ err: error, path }, "probe failed");
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
    });
    return true;
  };
}
