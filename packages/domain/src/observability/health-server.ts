import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { type Logger } from "./logger";
import { type Registry } from "./metrics-registry";

/** A dependency /readyz asks about; resolves true when usable. A check that throws counts as down. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  logger: Logger;
  registry: Registry;
  checks: Record<string, ReadinessCheck>;
  /** A check slower than this counts as down, so a hung dependency cannot hang the probe. */
  checkTimeoutMs?: number;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness of every check, for /readyz: ready only when all are up. */
export async function readiness(checks: Record<string, ReadinessCheck>, timeoutMs = 2_000) {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [
      name,
      (await runCheck(check, timeoutMs)) ? "up" : "down",
    ]),
  );
  const results = Object.fromEntries(entries) as Record<string, "up" | "down">;
  return { ready: Object.values(results).every((state) => state === "up"), checks: results };
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * The workers' operational endpoints: GET /healthz (the process is alive), GET /readyz (every check
 * is up, else 503 naming the ones down) and GET /metrics (Prometheus text format).
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { logger, registry, checks } = options;
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET") return sendJson(response, 405, { error: "method not allowed" });
    if (path === "/healthz") return sendJson(response, 200, { status: "ok" });
    if (path === "/readyz") {
      const { ready, checks: results } = await readiness(checks, options.checkTimeoutMs);
      return sendJson(response, ready ? 200 : 503, {
        status: ready ? "ready" : "not ready",
        checks: results,
      });
    }
    if (path === "/metrics") {
      response.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
      return;
    }
    sendJson(response, 404, { error: "not found" });
  };
  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      logger.error({ err: error, path: request.url }, "health endpoint failed");
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, "health server listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
