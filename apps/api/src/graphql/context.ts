import { randomUUID } from "node:crypto";
import { type EntityManager } from "@mikro-orm/postgresql";
import { type ClientInfo, type DomainError } from "@momentum/domain";
import { type Logger } from "@momentum/platform";
import { type YogaInitialContext } from "graphql-yoga";
import { type ApiDependencies } from "../dependencies";
import { viewerOfBearer } from "../http/bearer-viewer";
import { clientInfoOf } from "../http/client-info";
import { deviceIdHeaderOf } from "../http/device-id-header";
import { createRequestLoaders, type RequestLoaders } from "./loaders/request-loaders";

export interface Viewer {
  userId: string;
  sessionId: string;
}

export interface GraphqlContext {
  deps: ApiDependencies;
  /** A fresh unit of work for this request. */
  em: EntityManager;
  /** The signed-in user, or null; `authError` says why not when a token was sent. */
  viewer: Viewer | null;
  authError: DomainError | null;
  /** Batch loaders bound to `em`, so nested fields cost one query per level, not per object. */
  loaders: RequestLoaders;
  requestId: string;
  logger: Logger;
  client: ClientInfo;
  /** The request's one instant, read from the API's clock: every field and service agrees on "today". */
  now: Date;
}

export async function createGraphqlContext(
  deps: ApiDependencies,
  { request }: YogaInitialContext,
): Promise<GraphqlContext> {
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
  const deviceId = deviceIdHeaderOf(request);
  const em = deps.orm.em.fork();
  const now = deps.clock.now();
  const context: GraphqlContext = {
    deps,
    em,
    viewer: null,
    authError: null,
    loaders: createRequestLoaders(em, deps.redis, now),
    requestId,
    logger: deps.logger.child({ requestId }),
    client: { ...clientInfoOf(request), deviceId },
    now,
  };

  const authorization = request.headers.get("authorization");
  if (!authorization) return context;
  try {
    return { ...context, viewer: await viewerOfBearer(deps, em, authorization, now) };
  } catch (error) {
    return { ...context, authError: error as DomainError };
  }
}
