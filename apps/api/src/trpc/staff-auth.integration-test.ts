import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { AuditLogEntry, StaffSession } from "@momentum/db";
import { createStaffAccount } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";
import { STAFF_SESSION_COOKIE } from "./staff-session-cookie";

const ADMIN_ORIGIN = "http://dashboard.momentum.test";
const password = "correct horse battery";

let api: TestApi;
let staffEmail: string;
let staffUserId: string;
beforeAll(async () => {
  api = await startTestApi({ env: { ADMIN_ORIGIN } });
  const em = api.deps.orm.em.fork();
  staffEmail = `support-${randomUUID()}@momentum.test`;
  const staffUser = await createStaffAccount(
    em,
    { email: staffEmail, fullName: "Sam Support", role: "support", password },
    { bcryptCost: 4 },
  );
  await em.flush();
  staffUserId = staffUser.id;
});
afterAll(() => api?.stop());

interface TrpcReply {
  status: number;
  setCookie: string | null;
  body: { result?: { data: unknown }; error?: { message: string; data: Record<string, unknown> } };
}

async function call(
  method: "GET" | "POST",
  path: string,
  options: { input?: unknown; cookie?: string; origin?: string | null } = {},
): Promise<TrpcReply> {
  const query =
    method === "GET" && options.input !== undefined
      ? `?input=${encodeURIComponent(JSON.stringify(options.input))}`
      : "";
  const origin = options.origin === undefined ? ADMIN_ORIGIN : options.origin;
  const response = await fetch(`${api.url}/trpc/${path}${query}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(origin ? { origin } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: method === "POST" ? JSON.stringify(options.input ?? null) : undefined,
  });
  return {
    status: response.status,
    setCookie: response.headers.get("set-cookie"),
    body: (await response.json()) as TrpcReply["body"],
  };
}

async function signedInCookie(): Promise<string> {
  const reply = await call("POST", "staffAuth.signIn", { input: { email: staffEmail, password } });
  expect(reply.status).toBe(200);
  return reply.setCookie!.split(";")[0]!;
}

// Other test files share the run's database: count only what this file's staff member did.
const auditActions = async (action: string) =>
  api.deps.orm.em.fork().count(AuditLogEntry, { action, staffUser: staffUserId });
const staffSessions = () => api.deps.orm.em.fork().count(StaffSession, { staffUser: staffUserId });

describe("staff sign-in over tRPC", () => {
  it("sets an HttpOnly, SameSite=Lax, Secure session cookie, records the sign-in and answers me", async () => {
    const signInsBefore = await auditActions("staff.sign_in");
    const reply = await call("POST", "staffAuth.signIn", {
      input: { email: staffEmail.toUpperCase(), password },
    });

    expect(reply.body.result?.data).toMatchObject({
      email: staffEmail,
      fullName: "Sam Support",
      role: "support",
    });
    expect(reply.setCookie).toMatch(
      new RegExp(
        `^${STAFF_SESSION_COOKIE}=[a-z2-7]{32}; HttpOnly; SameSite=Lax; Path=/; Expires=.+; Secure$`,
      ),
    );
    expect(await auditActions("staff.sign_in")).toBe(signInsBefore + 1);

    const me = await call("GET", "staffAuth.me", { cookie: reply.setCookie!.split(";")[0] });
    expect(me.body.result?.data).toMatchObject({ email: staffEmail, role: "support" });
    expect(me.body.result?.data).not.toHaveProperty("passwordHash");
  });

  it("answers a wrong password with 401 UNAUTHORIZED and sets no cookie", async () => {
    const reply = await call("POST", "staffAuth.signIn", {
      input: { email: staffEmail, password: "wrong password!" },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toMatchObject({
      message: "E-mail or password is incorrect",
      data: { code: "UNAUTHORIZED", domainCode: "UNAUTHENTICATED" },
    });
    expect(reply.setCookie).toBeNull();
  });

  it("answers malformed input with 400 BAD_REQUEST naming each field", async () => {
    const reply = await call("POST", "staffAuth.signIn", { input: { email: "", password: 42 } });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.message).toBe("Invalid input");
    expect((reply.body.error?.data.fields as { field: string }[]).map((field) => field.field)).toEqual([
      "input.email",
      "input.password",
    ]);
  });

  it.each([
    ["from another site", "https://evil.example"],
    ["without an Origin header", null],
  ])("refuses a mutation %s with 403 and creates no session", async (_case, origin) => {
    const sessionsBefore = await staffSessions();
    const reply = await call("POST", "staffAuth.signIn", { input: { email: staffEmail, password }, origin });
    expect(reply.status).toBe(403);
    expect(reply.body.error?.data).toMatchObject({ code: "FORBIDDEN" });
    // Says which address works and which variable to set: the usual cause is 127.0.0.1 for localhost.
    expect(reply.body.error?.message).toContain(`the dashboard is served at ${new URL(ADMIN_ORIGIN).origin}`);
    expect(reply.body.error?.message).toContain("ADMIN_ORIGIN");
    expect(await staffSessions()).toBe(sessionsBefore);
  });
});

describe("signed-in staff", () => {
  it("see the overview counts; visitors without a session get 401", async () => {
    const cookie = await signedInCookie();
    const counts = await call("GET", "overview.counts", { cookie });
    expect(counts.body.result?.data).toEqual(
      expect.objectContaining({ users: expect.any(Number), tasksCompleted: expect.any(Number) }),
    );

    const anonymous = await call("GET", "overview.counts");
    expect(anonymous.status).toBe(401);
    const forgedCookie = await call("GET", "overview.counts", {
      cookie: `${STAFF_SESSION_COOKIE}=${"a".repeat(32)}`,
    });
    expect(forgedCookie.status).toBe(401);
    expect(forgedCookie.setCookie).toMatch(/Max-Age=0/);
  });

  it("sign out: the session stops working, the cookie is cleared and the sign-out is audited", async () => {
    const cookie = await signedInCookie();
    const signOutsBefore = await auditActions("staff.sign_out");

    const reply = await call("POST", "staffAuth.signOut", { cookie });
    expect(reply.status).toBe(200);
    expect(reply.setCookie).toMatch(new RegExp(`^${STAFF_SESSION_COOKIE}=; .*Max-Age=0`));
    expect(await auditActions("staff.sign_out")).toBe(signOutsBefore + 1);

    const me = await call("GET", "staffAuth.me", { cookie });
    expect(me.body.result?.data).toBeNull();
  });
});

describe("staff sign-in throttling", () => {
  it("refuses an account after five failed sign-ins, with Retry-After, even with the right password", async () => {
    const em = api.deps.orm.em.fork();
    const email = `analyst-${randomUUID()}@momentum.test`;
    await createStaffAccount(
      em,
      { email, fullName: "Ann Analyst", role: "analyst", password },
      { bcryptCost: 4 },
    );
    await em.flush();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await call("POST", "staffAuth.signIn", { input: { email, password: "wrong password!" } })).status,
      ).toBe(401);
    }
    const refused = await call("POST", "staffAuth.signIn", { input: { email, password } });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.data).toMatchObject({ domainCode: "RATE_LIMITED" });
    expect(Number(refused.body.error?.data.retryAfterSeconds)).toBeGreaterThan(0);
  });
});
