import { rateLimited } from "../errors/domain-error";
import { type RateLimitRule } from "./rate-limit-rules";
import { type SlidingWindowLimiter } from "./sliding-window-limiter";

/** Caps failed sign-ins per account (or per unknown login), counted from any address. */
export interface SignInThrottle {
  limiter: SlidingWindowLimiter;
  failures: RateLimitRule;
}

/** Refuses before the password is even checked once the account has used up its failures. */
export async function assertSignInAllowed(throttle: SignInThrottle | undefined, key: string): Promise<void> {
  if (!throttle) return;
  const decision = await throttle.limiter.peek(throttle.failures, key);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
}

export async function countSignInFailure(throttle: SignInThrottle | undefined, key: string): Promise<void> {
  await throttle?.limiter.consume(throttle.failures, key);
}
