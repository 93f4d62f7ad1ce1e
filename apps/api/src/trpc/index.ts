import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { ApiDependencies } from "../dependencies";
import { createTrpcContext } from "./context";
import { appRouter, type AppRouter } from "./root";

export { appRouter, type AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Serves every path under /trpc for the staff dashboard. */
export function handleTrpcRequest(request: Request, deps: ApiDependencies): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/trpc",
    req: request,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createTrpcContext(req, resHeaders, deps),
    onError({ error, path, ctx }) {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      (ctx?.logger ?? deps.logger).error({ err: error.cause ?? error, path }, "trpc procedure failed");
    },
  });
}
