import { z } from "zod";

export interface RateLimitRule {
  /** Part of the Redis key: `ratelimit:{name}:{subject}`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** Every limit in one place; each can be overridden from the environment. */
export const rateLimitEnvSchema = z.object({
  RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: count(5),
  RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_SECONDS: count(15 * 60),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN: count(50),
  RATE_LIMIT_SIGN_IN_LOGIN_WINDOW_SECONDS: count(60 * 60),
  RATE_LIMIT_AUTH_CALLS_PER_ADDRESS: count(100),
  RATE_LIMIT_AUTH_CALL_WINDOW_SECONDS: count(15 * 60),
  RATE_LIMIT_SIGN_UPS_PER_ADDRESS: count(30),
  RATE_LIMIT_SIGN_UP_WINDOW_SECONDS: count(60 * 60),
  RATE_LIMIT_PASSWORD_RESETS_PER_ADDRESS: count(10),
  RATE_LIMIT_PASSWORD_RESETS_PER_EMAIL: count(3),
  RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS: count(60 * 60),
  RATE_LIMIT_REFRESHES_PER_SESSION: count(30),
  RATE_LIMIT_REFRESH_WINDOW_SECONDS: count(60),
  RATE_LIMIT_OPERATIONS_PER_USER: count(1200),
  RATE_LIMIT_OPERATION_WINDOW_SECONDS: count(60),
  RATE_LIMIT_IMPORTS_PER_USER: count(10),
  RATE_LIMIT_IMPORT_WINDOW_SECONDS: count(60 * 60),
});

export type RateLimitRules = ReturnType<typeof rateLimitRulesFrom>;

export function rateLimitRulesFrom(env: z.infer<typeof rateLimitEnvSchema>) {
  return {
    /**
     * Password attempts per login from one address (per /64 for IPv6), counted before the comparison and
     * given back when it succeeds: a guesser is stopped at their own address, and locks out nobody else.
     */
    signInFailures: {
      name: "sign-in-failures",
      limit: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS,
      windowSeconds: env.RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_SECONDS,
    },
    /**
     * Password attempts per login from every address the account has not signed in from lately: slows a
     * guesser with many addresses, while the owner's known addresses are never held by it.
     */
    signInFailuresPerLogin: {
      name: "sign-in-failures-per-login",
      limit: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN,
      windowSeconds: env.RATE_LIMIT_SIGN_IN_LOGIN_WINDOW_SECONDS,
    },
    /** signIn, signUp, refreshSession, requestPasswordReset and resetPassword calls per client address. */
    authCalls: {
      name: "auth-calls",
      limit: env.RATE_LIMIT_AUTH_CALLS_PER_ADDRESS,
      windowSeconds: env.RATE_LIMIT_AUTH_CALL_WINDOW_SECONDS,
    },
    signUps: {
      name: "sign-ups",
      limit: env.RATE_LIMIT_SIGN_UPS_PER_ADDRESS,
      windowSeconds: env.RATE_LIMIT_SIGN_UP_WINDOW_SECONDS,
    },
    /** Reset e-mails asked for from one client address (per /64 for IPv6). */
    passwordResetsPerAddress: {
      name: "password-resets-per-address",
      limit: env.RATE_LIMIT_PASSWORD_RESETS_PER_ADDRESS,
      windowSeconds: env.RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS,
    },
    /** Reset e-mails asked for one address, whoever asks: nobody's inbox is flooded. */
    passwordResetsPerEmail: {
      name: "password-resets-per-email",
      limit: env.RATE_LIMIT_PASSWORD_RESETS_PER_EMAIL,
      windowSeconds: env.RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS,
    },
    refreshes: {
      name: "refreshes",
      limit: env.RATE_LIMIT_REFRESHES_PER_SESSION,
      windowSeconds: env.RATE_LIMIT_REFRESH_WINDOW_SECONDS,
    },
    /** Every other operation, per signed-in user. */
    operations: {
      name: "operations",
      limit: env.RATE_LIMIT_OPERATIONS_PER_USER,
      windowSeconds: env.RATE_LIMIT_OPERATION_WINDOW_SECONDS,
    },
    /** startImport calls per user: each file holds a worker while its objects are created. */
    imports: {
      name: "imports",
      limit: env.RATE_LIMIT_IMPORTS_PER_USER,
      windowSeconds: env.RATE_LIMIT_IMPORT_WINDOW_SECONDS,
    },
  } satisfies Record<string, RateLimitRule>;
}
