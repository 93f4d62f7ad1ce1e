import { createServer, type IncomingMessage, type Server } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { type ApiDependencies } from "../dependencies";
import { createGraphqlHandler } from "../graphql/graphql-handler";
import { metricsResponse } from "../health/metrics";
import { checkReadiness, type ReadinessCheck } from "../health/readiness";
import { handleTrpcRequest } from "../trpc";
import { notePeerAddress } from "./client-info";

interface NodeServerContext {
  req?: IncomingMessage;
}

/** Refuses a body larger than the limit before anything parses it (a declared length is enough to know). */
function bodyTooLarge(request: Request, maxBytes: number): Response | null {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length <= maxBytes) return null;
  return Response.json(
    { errors: [{ message: "Request body too large", extensions: { code: "BAD_USER_INPUT" } }] },
    { status: 413 },
  );
}

/** One HTTP server for the mobile GraphQL API, the dashboard's tRPC router and the probes. */
export function createApiServer(deps: ApiDependencies, extraReadinessChecks: ReadinessCheck[] = []): Server {
  const graphql = createGraphqlHandler(deps);
  const adapter = createServerAdapter<NodeServerContext>(async (request, serverContext) => {
    notePeerAddress(request, serverContext.req, deps.config.trustProxy);
    const { pathname } = new URL(request.url);
    if (pathname === "/graphql") {
      return bodyTooLarge(request, deps.config.maxRequestBodyBytes) ?? graphql.fetch(request, serverContext);
    }
    if (pathname === "/trpc" || pathname.startsWith("/trpc/")) {
      return bodyTooLarge(request, deps.config.maxRequestBodyBytes) ?? handleTrpcRequest(request, deps);
    }
    if (pathname === "/healthz") return Response.json({ status: "ok" });
    if (pathname === "/readyz") {
      const readiness = await checkReadiness(deps, extraReadinessChecks);
      return Response.json(readiness, { status: readiness.ready ? 200 : 503 });
    }
    if (pathname === "/metrics") return metricsResponse(deps.metrics);
    return Response.json({ error: "Not found" }, { status: 404 });
  });
  return createServer(adapter);
}
