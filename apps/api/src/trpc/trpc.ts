import type { StaffRole } from "@momentum/db";
import {
  DomainError,
  DomainErrorCode,
  fieldErrorsOf,
  forbidden,
  invalidInput,
  unauthenticated,
  unstorableTextIn,
} from "@momentum/domain";
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ZodError } from "zod";
import type { TrpcContext } from "./context";

/** The one place where domain error codes become tRPC codes (and so HTTP statuses). */
const trpcCodeOf: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  [DomainErrorCode.NotFound]: "NOT_FOUND",
  [DomainErrorCode.Conflict]: "CONFLICT",
  [DomainErrorCode.InvalidInput]: "BAD_REQUEST",
  [DomainErrorCode.Unauthenticated]: "UNAUTHORIZED",
  [DomainErrorCode.Forbidden]: "FORBIDDEN",
  [DomainErrorCode.RateLimited]: "TOO_MANY_REQUESTS",
};

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const domainError = cause instanceof DomainError ? cause : undefined;
    const inputError = cause instanceof ZodError ? cause : undefined;
    return {
      ...shape,
      // Unexpected failures are logged with the request id (see onError), never shown to the caller;
      // a zod message is a JSON dump of its issues, which `fields` already carries readably.
      message:
        error.code === "INTERNAL_SERVER_ERROR"
          ? "Internal server error"
          : inputError
            ? "Invalid input"
            : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        domainCode: domainError?.code ?? null,
        fields: domainError?.details.fields ?? (inputError ? fieldErrorsOf(inputError, "input") : null),
        retryAfterSeconds: domainError?.details.retryAfterSeconds ?? null,
      },
    };
  },
});

export const router = t.router;

const domainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const domainError = result.error.cause;
    if (domainError.details.retryAfterSeconds !== undefined) {
      ctx.resHeaders.set("Retry-After", String(domainError.details.retryAfterSeconds));
    }
    throw new TRPCError({
      code: trpcCodeOf[domainError.code],
      message: domainError.message,
      cause: domainError,
    });
  }
  return result;
});

/** A cookie-authenticated mutation must come from the dashboard itself, not from a page on another site. */
const csrfGuard = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation") {
    const dashboardOrigin = new URL(ctx.deps.config.adminOrigin).origin;
    if (!ctx.origin || ![dashboardOrigin, ctx.ownOrigin].includes(ctx.origin)) {
      // Usually the dashboard opened at another address than the one configured (127.0.0.1 for localhost,
      // the network address Next prints): say which address works and which variable names it.
      throw forbidden(
        `Request origin ${ctx.origin ?? "(none)"} not allowed: the dashboard is served at ${dashboardOrigin}. ` +
          "Open it there, or set ADMIN_ORIGIN (the API's) to the address you use.",
      );
    }
  }
  return next();
});

/** Text PostgreSQL cannot store (NUL, lone surrogates) is refused with the field named, before any procedure runs. */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  const problems = unstorableTextIn(await getRawInput(), "input");
  if (problems.length > 0) throw invalidInput(problems);
  return next();
});

/** The unit of work is flushed once, after the procedure succeeded, so a failure writes nothing. */
const flushUnitOfWork = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) await ctx.em.flush();
  return result;
});

export const publicProcedure = t.procedure
  .use(domainErrors)
  .use(csrfGuard)
  .use(storableText)
  .use(flushUnitOfWork);

export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.staff) throw unauthenticated();
  return next({ ctx: { ...ctx, staff: ctx.staff } });
});

export const requireRole = (...roles: StaffRole[]) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.staff || !roles.includes(ctx.staff.user.role)) throw forbidden("Your role does not allow this");
    return next();
  });
