import { parseRefreshToken, sha256Hex } from "@momentum/domain";
import { addressBlockOf } from "@momentum/platform";
import { type MiddlewareFn } from "type-graphql";
import { type GraphqlContext } from "./context";

/**
 * Counts operations, not HTTP requests: it runs once per root field (applyEdgeMiddlewares puts it on
 * those only), so fifty aliased `signIn`s are fifty attempts. signIn is counted by sign-in itself, with its password attempt, in one round trip.
 */
export const rateLimitOperations: MiddlewareFn<GraphqlContext> = async ({ context, info, args }, next) => {
  const { limiter, config } = context.deps;
  const rules = config.rateLimits;
  const address = context.client.ip ? addressBlockOf(context.client.ip) : "unknown";

  switch (info.fieldName) {
    case "signIn":
      break;
    case "signUp":
      await limiter.enforce(rules.authCalls, address);
      await limiter.enforce(rules.signUps, address);
      break;
    case "refreshSession": {
      await limiter.enforce(rules.authCalls, address);
      const sessionId = parseRefreshToken(String(args.refreshToken ?? ""))?.sessionId;
      if (sessionId) await limiter.enforce(rules.refreshes, sessionId);
      break;
    }
    case "requestPasswordReset": {
      await limiter.enforce(rules.authCalls, address);
      await limiter.enforce(rules.passwordResetsPerAddress, address);
      // Hashed: the key names the mailbox without holding its address.
      const email = String(args.email ?? "")
        .trim()
        .toLowerCase();
      await limiter.enforce(rules.passwordResetsPerEmail, sha256Hex(email));
      break;
    }
    case "resetPassword":
      await limiter.enforce(rules.authCalls, address);
      break;
    case "startImport":
      // An import holds a worker for a while: few an hour per user, besides the usual operation count.
      if (context.viewer) {
        await limiter.enforce(rules.operations, context.viewer.userId);
        await limiter.enforce(rules.imports, context.viewer.userId);
      }
      break;
    default:
      if (context.viewer) await limiter.enforce(rules.operations, context.viewer.userId);
  }
  return (await next()) as unknown;
};
