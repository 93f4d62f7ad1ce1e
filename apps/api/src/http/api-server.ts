import { createServer, type Server } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { type ApiDependencies } from "../dependencies";
import { createGraphqlHandler } from "../graphql/graphql-handler";
import { checkReadiness, type ReadinessCheck } from "../health/readiness";
import { metricsResponse } from "../health/metrics";
import { handleTrpcRequest } from "../trpc";

/** One HTTP server for the mobile GraphQL API, the dashboard's tRPC router and the probes. */
export function createApiServer(deps: ApiDependencies, extraReadinessChecks: ReadinessCheck[] = []): Server {
  const graphql = createGraphqlHandler(deps);
  const adapter = createServerAdapter(async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === "/graphql") return graphql.fetch(request);
    if (pathname === "/trpc" || pathname.startsWith("/trpc/")) return handleTrpcRequest(request, deps);
    if (pathname === "/healthz") return Response.json({ status: "ok" });
    if (pathname === "/readyz") {
      const readiness = await checkReadiness(deps, extraReadinessChecks);
      return Response.json(readiness, { status: readiness.ready ? 200 : 503 });
    }
    if (pathname === "/metrics") return metricsResponse();
    return Response.json({ error: "Not found" }, { status: 404 });
  });
  return createServer(adapter);
}
