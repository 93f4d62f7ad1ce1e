import type { AppRouter } from "@momentum/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { cookies } from "next/headers";
import { adminConfig } from "~/config";

/** A tRPC client for server components that acts as the signed-in staff member by forwarding their cookie. */
export async function createServerTrpc() {
  const cookieHeader = (await cookies()).toString();
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${adminConfig.apiUrl}/trpc`,
        headers: () => (cookieHeader ? { cookie: cookieHeader } : {}),
      }),
    ],
  });
}
