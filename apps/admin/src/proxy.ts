import { type NextRequest, NextResponse } from "next/server";
import { headersForApi } from "./client-address";
import { adminConfig } from "./config";

/**
 * Forwards /trpc and the downloads (/exports: report tables, data archives staff asked for) to the API so the browser stays on one origin (no CORS, the session cookie flows, the API's
 * Origin check stays simple). Done here rather than in next.config rewrites, which are frozen at build time:
 * the API address is read when the server starts. The browser's address goes along, vouched for.
 */
export function proxy(request: NextRequest) {
  return NextResponse.rewrite(
    new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, adminConfig.apiUrl),
    { request: { headers: headersForApi(request.headers) } },
  );
}

export const config = { matcher: ["/trpc/:path*", "/exports/:path*"] };
