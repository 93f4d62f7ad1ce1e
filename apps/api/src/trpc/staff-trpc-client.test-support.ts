import { randomUUID } from "node:crypto";
import { createStaffAccount } from "@momentum/domain";
import { startTestApi, type TestApi } from "../testing/test-api";

/** The dashboard's origin the test API is started with: mutations must come from it. */
export const TEST_ADMIN_ORIGIN = "http://dashboard.momentum.test";
const password = "correct horse battery";

export interface TrpcReply<T = unknown> {
  status: number;
  setCookie: string | null;
  body: { result?: { data: T }; error?: { message: string; data: Record<string, unknown> } };
}

export interface SignedInStaffMember {
  staffUserId: string;
  email: string;
  cookie: string;
}

/** Calls the test API's /trpc as the dashboard does (JSON without transformer, the session cookie). */
export function staffTrpcClient(api: TestApi) {
  async function call<T = unknown>(
    method: "GET" | "POST",
    path: string,
    input: unknown,
    cookie = "",
  ): Promise<TrpcReply<T>> {
    const query = method === "GET" ? `?input=${encodeURIComponent(JSON.stringify(input ?? null))}` : "";
    const response = await fetch(`${api.url}/trpc/${path}${query}`, {
      method,
      headers: { "content-type": "application/json", origin: TEST_ADMIN_ORIGIN, cookie },
      body: method === "POST" ? JSON.stringify(input ?? null) : undefined,
    });
    return {
      status: response.status,
      setCookie: response.headers.get("set-cookie"),
      // A request the HTTP layer refuses (an over-long URL is 431) has no JSON body.
      body: response.headers.get("content-type")?.includes("json")
        ? ((await response.json()) as TrpcReply<T>["body"])
        : {},
    };
  }

  /** A new staff account of that role, signed in through the API. */
  async function signInAs(role: "admin" | "support" | "analyst"): Promise<SignedInStaffMember> {
    const em = api.deps.orm.em.fork();
    const email = `${role}-${randomUUID().slice(0, 8)}@momentum.test`;
    const staffUser = await createStaffAccount(
      em,
      { email, fullName: `Test ${role}`, role, password },
      { bcryptCost: 4 },
    );
    await em.flush();
    const signedIn = await call("POST", "staffAuth.signIn", { email, password });
    if (!signedIn.setCookie) throw new Error(`sign-in as ${role} failed: ${JSON.stringify(signedIn.body)}`);
    return { staffUserId: staffUser.id, email, cookie: signedIn.setCookie.split(";")[0]! };
  }

  return { call, signInAs };
}

/**
 * A test API on databases of its own, for tests that count or sum platform-wide (every admin, every
 * audit entry, all analytics rows) and so must not see what other test files write at the same time.
 */
export async function startIsolatedStaffApi(label: string) {
  const api = await startTestApi({ env: { ADMIN_ORIGIN: TEST_ADMIN_ORIGIN }, ownDatabases: label });
  return { api, client: staffTrpcClient(api), stop: () => api.stop() };
}
