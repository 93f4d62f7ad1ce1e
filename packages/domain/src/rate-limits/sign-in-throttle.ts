import { addressBlockOf } from "@momentum/platform";
import { type RateLimitRules } from "./rate-limit-rules";
import { type SlidingWindowLimiter } from "./sliding-window-limiter";

/** Limits password attempts (sign-in, and the password checks of signed-in users) per account. */
export interface SignInThrottle {
  limiter: SlidingWindowLimiter;
  rules: Pick<RateLimitRules, "signInFailures" | "signInFailuresPerLogin" | "authCalls">;
}

/** An address the account signed in from is known for this long: the per-login limit spares it. */
const KNOWN_ADDRESS_SECONDS = 30 * 24 * 60 * 60;

export interface PasswordAttempt {
  /** The password was right: the attempt is given back, and the address becomes known to the account. */
  succeeded(): Promise<void>;
}

const noThrottle: PasswordAttempt = { succeeded: async () => undefined };

/**
 * Takes one attempt before the password is compared, in one Redis round trip, or throws RATE_LIMITED.
 * Taking before comparing means parallel guesses cannot all slip past a check made before any was
 * counted; a wrong password simply keeps its attempt. `account` names the login ("user:<id>",
 * "login:<unknown login>", "staff:<e-mail>"). A sign-in also counts as an auth call of its address, in
 * the same round trip.
 */
export async function takePasswordAttempt(
  throttle: SignInThrottle | undefined,
  account: string,
  address: string | null | undefined,
  { isSignIn = false } = {},
): Promise<PasswordAttempt> {
  if (!throttle) return noThrottle;
  const { limiter, rules } = throttle;
  const block = address ? addressBlockOf(address) : "unknown";
  const knownAddress = `known-address:${account}:${block}`;
  const authCall = isSignIn ? [{ rule: rules.authCalls, subject: block }] : [];
  const taken = await limiter.takeOrRefuse([
    { rule: rules.signInFailures, subject: `${account}:${block}` },
    { rule: rules.signInFailuresPerLogin, subject: account, unlessMarked: knownAddress },
    ...authCall,
  ]);
  return {
    succeeded: () =>
      limiter.giveBack(taken, {
        mark: { name: knownAddress, seconds: KNOWN_ADDRESS_SECONDS },
        keep: authCall,
      }),
  };
}
