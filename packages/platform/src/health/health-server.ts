import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { probeRoutes, type ProbeOptions } from "./probe-routes";

export interface HealthServerOptions extends ProbeOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** A worker's own HTTP server for the probes (/healthz, /readyz, /metrics) and nothing else. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const probes = probeRoutes(options);
  const server = createServer((request, response) => {
    if (!probes(request, response))
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  options.logger.info({ port }, "health server listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
