import { type Server } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { type Logger } from "../observability/logger";

/** How often connections that have gone idle are closed while draining. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections and lets the requests in flight finish: each keep-alive connection is
 * closed as soon as it is idle. Whatever is still running after `graceMs` is cut, with a warning.
 */
export async function closeHttpServer(server: Server, graceMs: number, logger?: Logger): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const grace = new AbortController();
  const outcome = await Promise.race([
    closed.then(() => "drained" as const),
    sleep(graceMs, "timed out" as const, { signal: grace.signal }),
  ]);
  grace.abort();
  clearInterval(idleSweep);
  if (outcome === "timed out") {
    logger?.warn({ graceMs }, "requests still in flight after the grace period; closing their connections");
    server.closeAllConnections();
    await closed;
  }
}
