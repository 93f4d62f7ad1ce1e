import { DomainError, DomainErrorCode, rateLimited } from "../errors/domain-error";
import { type RateLimitRule } from "../rate-limits/rate-limit-rules";
import { type SlidingWindowLimiter } from "../rate-limits/sliding-window-limiter";
import { type SignInInput } from "./account-input.schema";
import { type AuthResult } from "./auth-result";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { signIn } from "./sign-in.service";

/**
 * Sign-in with a cap on failures per login, counted from any address: after the limit the login
 * is refused (RATE_LIMITED) until the oldest failure leaves the window, even with the right password.
 */
export async function signInThrottled(
  context: IdentityContext,
  throttle: { limiter: SlidingWindowLimiter; failures: RateLimitRule },
  input: SignInInput,
  client: ClientInfo,
): Promise<AuthResult> {
  const login = typeof input.login === "string" ? input.login.trim().toLowerCase() : "";
  const allowed = await throttle.limiter.peek(throttle.failures, login);
  if (!allowed.allowed) throw rateLimited(allowed.retryAfterSeconds);
  try {
    return await signIn(context, input, client);
  } catch (error) {
    if (error instanceof DomainError && error.code === DomainErrorCode.Unauthenticated) {
      await throttle.limiter.consume(throttle.failures, login);
    }
    throw error;
  }
}
