import type { AppRouter } from "@momentum/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { cookies, headers } from "next/headers";
import { vouchingHeadersFor } from "~/client-address";
import { adminConfig } from "~/config";

/**
 * A tRPC client for server components that acts as the signed-in staff member by forwarding their cookie
 * and their address.
 */
export async function createServerTrpc() {
  const cookieHeader = (await cookies()).toString();
  const vouched = vouchingHeadersFor(await headers());
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${adminConfig.apiUrl}/trpc`,
        headers: () => ({ ...vouched, ...(cookieHeader ? { cookie: cookieHeader } : {}) }),
      }),
    ],
  });
}
