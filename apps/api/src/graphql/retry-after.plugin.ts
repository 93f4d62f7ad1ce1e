import { type Plugin } from "graphql-yoga";

/** Mirrors the longest `extensions.retryAfter` of a rate-limited response into the HTTP Retry-After header. */
export function useRetryAfterHeader(): Plugin {
  const retryAfterByRequest = new WeakMap<Request, number>();
  return {
    onResultProcess({ request, result }) {
      const results = Array.isArray(result) ? result : [result];
      const seconds = results
        .flatMap((single) => ("errors" in single && single.errors ? single.errors : []))
        .map((error) => (error as { extensions?: { retryAfter?: unknown } }).extensions?.retryAfter)
        .filter((value): value is number => typeof value === "number");
      if (seconds.length > 0) retryAfterByRequest.set(request, Math.max(...seconds));
    },
    onResponse({ request, response }) {
      const seconds = retryAfterByRequest.get(request);
      if (seconds !== undefined) response.headers.set("Retry-After", String(seconds));
    },
  };
}
