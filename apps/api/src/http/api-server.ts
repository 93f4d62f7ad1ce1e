import { createServer, type IncomingMessage, type Server } from "node:http";
import { type ReadinessCheck } from "@momentum/platform";
import { createServerAdapter } from "@whatwg-node/server";
import { type ApiDependencies } from "../dependencies";
import { createGraphqlHandler } from "../graphql/graphql-handler";
import { handleReportCsvRequest, REPORT_CSV_PATH } from "../exports/report-csv.route";
import { handleTrpcRequest } from "../trpc";
import { bodyTooLargeResponse, withBoundedBody } from "./bounded-body";
import { notePeerAddress } from "./client-info";
import { requestBodyLimitOf } from "./request-body-limit";
import { serveStaffDataExport, STAFF_DATA_EXPORT_PATH } from "../exports/staff-data-export.route";
import { serveUserDataExport, USER_DATA_EXPORT_PATH } from "../exports/user-data-export.route";

interface NodeServerContext {
  req?: IncomingMessage;
}

/** What /readyz always checks: the main database and Redis. */
export function coreReadinessChecks(deps: ApiDependencies): Record<string, ReadinessCheck> {
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

/**
 * The public HTTP server: the mobile GraphQL API, the users' data-export downloads (`/data-exports/{id}`),
 * the dashboard's tRPC router and its downloads (`/exports/reports/<table>.csv`, `/exports/data/<id>.json`),
 * nothing else.
 * The probes and metrics are served on the internal METRICS_PORT (`startHealthServer`), never here.
 */
export function createApiServer(deps: ApiDependencies): Server {
  const graphql = createGraphqlHandler(deps);
  const adapter = createServerAdapter<NodeServerContext>(async (received, serverContext) => {
    const { pathname } = new URL(received.url);
    if (USER_DATA_EXPORT_PATH.test(pathname)) return serveUserDataExport(received, deps);
    const isGraphql = pathname === "/graphql";
    if (REPORT_CSV_PATH.test(pathname)) {
      notePeerAddress(received, serverContext.req, deps.config);
      return handleReportCsvRequest(received, deps);
    }
    if (STAFF_DATA_EXPORT_PATH.test(pathname)) {
      notePeerAddress(received, serverContext.req, deps.config);
      return serveStaffDataExport(received, deps);
    }
    if (!isGraphql && pathname !== "/trpc" && !pathname.startsWith("/trpc/")) {
      return Response.json({ error: "Not found" }, { status: 404 });
    }
    // Only the mobile API takes imports: the dashboard's tRPC keeps the anonymous limit.
    const limit = await requestBodyLimitOf(received, deps, { signedInAllowed: isGraphql });
    const request = await withBoundedBody(received, limit.maxBytes);
    if (!request) {
      return bodyTooLargeResponse(limit, isGraphql ? deps.config.signedInMaxRequestBodyBytes : undefined);
    }
    notePeerAddress(request, serverContext.req, deps.config);
    return isGraphql ? graphql.fetch(request, serverContext) : handleTrpcRequest(request, deps);
  }, nativeAbortSignals);
  return createServer((request, response) => void adapter(request, response));
}
