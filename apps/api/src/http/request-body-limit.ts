import { type ApiDependencies } from "../dependencies";
import { viewerOfBearer } from "./bearer-viewer";

export interface RequestBodyLimit {
  maxBytes: number;
  /** Whether the request's access token was checked and valid, so it may send the signed-in limit. */
  signedIn: boolean;
}

/**
 * How many bytes a request's body may hold, decided before a byte of it is read: MAX_REQUEST_BODY_BYTES,
 * or, on /graphql with a valid `Authorization: Bearer` access token, the signed-in limit that fits an
 * import. The token is only checked when the body may be larger than the first (a declared length past
 * it, or none); an invalid one is not refused here but keeps the anonymous limit (GraphQL then says why).
 */
export async function requestBodyLimitOf(
  request: Request,
  deps: Pick<ApiDependencies, "config" | "accessTokens" | "redis" | "orm" | "clock">,
  options: { signedInAllowed: boolean },
): Promise<RequestBodyLimit> {
  const anonymous = { maxBytes: deps.config.maxRequestBodyBytes, signedIn: false };
  const authorization = request.headers.get("authorization");
  if (!options.signedInAllowed || !authorization) return anonymous;
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) <= anonymous.maxBytes) return anonymous;
  try {
    await viewerOfBearer(deps, deps.orm.em.fork(), authorization, deps.clock.now());
    return { maxBytes: deps.config.signedInMaxRequestBodyBytes, signedIn: true };
  } catch {
    return anonymous;
  }
}
