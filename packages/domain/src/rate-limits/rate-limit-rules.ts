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
  RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN: count(5),
  RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_SECONDS: count(15 * 60),
  RATE_LIMIT_AUTH_CALLS_PER_ADDRESS: count(100),
  RATE_LIMIT_AUTH_CALL_WINDOW_SECONDS: count(15 * 60),
  RATE_LIMIT_SIGN_UPS_PER_ADDRESS: count(30),
  RATE_LIMIT_SIGN_UP_WINDOW_SECONDS: count(60 * 60),
  RATE_LIMIT_REFRESHES_PER_SESSION: count(30),
  RATE_LIMIT_REFRESH_WINDOW_SECONDS: count(60),
  RATE_LIMIT_OPERATIONS_PER_USER: count(1200),
  RATE_LIMIT_OPERATION_WINDOW_SECONDS: count(60),
});

export type RateLimitRules = ReturnType<typeof rateLimitRulesFrom>;

export function rateLimitRulesFrom(env: z.infer<typeof rateLimitEnvSchema>) {
  return {
    /** Failed sign-ins per login, from any address: stops password guessing against one account. */
    signInFailures: {
      name: "sign-in-failures",
      limit: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN,
      windowSeconds: env.RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_SECONDS,
    },
    /** signIn, signUp and refreshSession calls per client address. */
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
  } satisfies Record<string, RateLimitRule>;
}
