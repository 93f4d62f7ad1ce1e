import { StaffRole } from "@momentum/db";
import { conflict, notFound, rateLimited } from "@momentum/domain";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { TrpcContext } from "./context";
import { publicProcedure, requireRole, router, staffProcedure } from "./trpc";

// The middlewares alone, called in-process: no database is touched, so the unit of work is a no-op.
const testRouter = router({
  adminOnly: staffProcedure.use(requireRole(StaffRole.Admin)).query(() => "secret"),
  staffOnly: staffProcedure.query(({ ctx }) => ctx.staff.user.email),
  change: publicProcedure.mutation(() => "changed"),
  read: publicProcedure.query(() => "read"),
  missing: publicProcedure.query(() => {
    throw notFound("Habit");
  }),
  duplicate: publicProcedure.query(() => {
    throw conflict("Already there", [{ field: "input.email", message: "is taken" }]);
  }),
  tooFast: publicProcedure.query(() => {
    throw rateLimited(42);
  }),
});

function callerFor(options: { role?: StaffRole; origin?: string | null } = {}) {
  const resHeaders = new Headers();
  const ctx = {
    deps: { config: { adminOrigin: "http://dashboard.test" } },
    em: { flush: async () => undefined },
    staff: options.role ? { user: { email: "staff@momentum.test", role: options.role }, session: {} } : null,
    origin: options.origin === undefined ? "http://dashboard.test" : options.origin,
    ownOrigin: "http://api.test",
    resHeaders,
  } as unknown as TrpcContext;
  return { caller: testRouter.createCaller(ctx), resHeaders };
}

async function trpcErrorOf(call: Promise<unknown>): Promise<TRPCError> {
  const outcome = await call.then(
    () => "resolved",
    (thrown: unknown) => thrown,
  );
  expect(outcome).toBeInstanceOf(TRPCError);
  return outcome as TRPCError;
}

describe("tRPC procedures", () => {
  it("refuse a visitor without a session as UNAUTHORIZED", async () => {
    expect((await trpcErrorOf(callerFor().caller.staffOnly())).code).toBe("UNAUTHORIZED");
  });

  it.each([StaffRole.Support, StaffRole.Analyst])(
    "refuse a %s on an admin-only procedure as FORBIDDEN",
    async (role) => {
      expect((await trpcErrorOf(callerFor({ role }).caller.adminOnly())).code).toBe("FORBIDDEN");
    },
  );

  it("let an admin through an admin-only procedure", async () => {
    expect(await callerFor({ role: StaffRole.Admin }).caller.adminOnly()).toBe("secret");
  });

  it.each([
    ["the dashboard's origin", "http://dashboard.test", true],
    ["the API's own origin", "http://api.test", true],
    ["another site", "http://evil.test", false],
    ["no Origin header", null, false],
  ])("accept a mutation from %s: %s", async (_case, origin, accepted) => {
    const change = callerFor({ origin }).caller.change();
    if (accepted) expect(await change).toBe("changed");
    else expect((await trpcErrorOf(change)).code).toBe("FORBIDDEN");
  });

  it("do not ask queries for an Origin (a GET from a server component has none)", async () => {
    expect(await callerFor({ origin: null }).caller.read()).toBe("read");
  });

  it.each([
    ["missing", "NOT_FOUND"],
    ["duplicate", "CONFLICT"],
    ["tooFast", "TOO_MANY_REQUESTS"],
  ] as const)("turn the domain error of %s into %s, keeping its message", async (procedure, code) => {
    const error = await trpcErrorOf(callerFor().caller[procedure]());
    expect(error.code).toBe(code);
    expect(error.message).not.toBe("");
  });

  it("tell a rate-limited caller when to retry", async () => {
    const { caller, resHeaders } = callerFor();
    await trpcErrorOf(caller.tooFast());
    expect(resHeaders.get("Retry-After")).toBe("42");
  });
});
