import { createServer, type IncomingMessage, type Server } from "node:http";
import { probeRoutes, type ReadinessCheck } from "@momentum/platform";
import { createServerAdapter } from "@whatwg-node/server";
import { type ApiDependencies } from "../dependencies";
import { createGraphqlHandler } from "../graphql/graphql-handler";
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

export interface ApiServerOptions {
  /** Besides PostgreSQL and Redis, what /readyz checks (the broker). */
  readinessChecks?: Record<string, ReadinessCheck>;
  /** True once the API has begun to stop: /readyz says so at once. */
  isStopping?: () => boolean;
}

/** What /readyz always checks: the main database and Redis. */
function coreReadinessChecks(deps: ApiDependencies): Record<string, ReadinessCheck> {
  return {
    postgresql: async () => (await deps.orm.em.getConnection().execute("select 1 as up")).length === 1,
    redis: async () => (await deps.redis.ping()) === "PONG",
  };
}

/**
 * Each request gets a real AbortController. The adapter's default, a look-alike signal object, is refused by
 * Node 24's AbortSignal.any ("signals[0] is not of type AbortSignal"), which tRPC's fetch handler calls on
 * every request (ardatan/whatwg-node#2445). The switch is typed in the adapter's options but marked internal:
 * recheck it when upgrading @whatwg-node/server (the tRPC integration tests fail without it).
 */
const nativeAbortSignals = { __useCustomAbortCtrl: false };

/** One HTTP server for the mobile GraphQL API, the dashboard's tRPC router and the probes. */
export function createApiServer(deps: ApiDependencies, options: ApiServerOptions = {}): Server {
  const graphql = createGraphqlHandler(deps);
  const probes = probeRoutes({
    logger: deps.logger,
    registry: deps.metrics,
    checks: { ...coreReadinessChecks(deps), ...options.readinessChecks },
    isStopping: options.isStopping,
  });
  const adapter = createServerAdapter<NodeServerContext>(async (request, serverContext) => {
    notePeerAddress(request, serverContext.req, deps.config);
    const { pathname } = new URL(request.url);
    if (pathname === "/graphql") {
      return bodyTooLarge(request, deps.config.maxRequestBodyBytes) ?? graphql.fetch(request, serverContext);
    }
    if (pathname === "/trpc" || pathname.startsWith("/trpc/")) {
      return bodyTooLarge(request, deps.config.maxRequestBodyBytes) ?? handleTrpcRequest(request, deps);
    }
    return Response.json({ error: "Not found" }, { status: 404 });
  }, nativeAbortSignals);
  return createServer((request, response) => {
    if (!probes(request, response)) void adapter(request, response);
  });
}
