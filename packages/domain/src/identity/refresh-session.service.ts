import { LockMode } from "@mikro-orm/core";
import { Session } from "@momentum/db";
import { unauthenticated } from "../errors/domain-error";
import { type AuthResult } from "./auth-result";
import { sessionEndOf, sessionExpiryFrom } from "./device-session";
import { type IdentityContext } from "./identity-settings";
import {
  hashRefreshToken,
  isSpentTokenOf,
  nextRefreshToken,
  parseRefreshToken,
  sameHash,
} from "./refresh-token";
import { forgetSessions } from "./session-lookup";

const SESSION_ENDED = "Session has ended, sign in again";
const INVALID_TOKEN = "Invalid refresh token";

/**
 * Exchanges a refresh token for a new pair and spends it. The session row is locked, so parallel
 * refreshes with one token serialise: the first rotates, the others fall in the grace window and get
 * the same pair. A spent token of the family presented after the grace window is treated as stolen:
 * the whole session is revoked. Any other secret is only refused: knowing a session's id is not
 * enough to end it. A session ends at its absolute lifetime however often it is refreshed, and with
 * its user's account (closed or deactivated).
 */
export async function refreshSession(
  context: IdentityContext,
  refreshToken: string,
  now = new Date(),
): Promise<AuthResult> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) throw unauthenticated(INVALID_TOKEN);
  const presentedHash = hashRefreshToken(refreshToken);

  const outcome = await context.em.transactional(async (em) => {
    const session = await em.findOne(
      Session,
      { id: parsed.sessionId },
      { populate: ["user"], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (
      !session ||
      session.revokedAt ||
      session.expiresAt <= now ||
      sessionEndOf(context, session.createdAt) <= now ||
      session.user.deletedAt ||
      !session.user.isActive
    ) {
      return { ended: true as const };
    }

    if (sameHash(session.refreshTokenHash, presentedHash)) {
      const next = nextRefreshToken(parsed, context.refreshRotationKey);
      session.previousRefreshTokenHash = session.refreshTokenHash;
      session.refreshTokenHash = hashRefreshToken(next);
      session.rotatedAt = now;
      session.generation += 1;
      session.lastActiveAt = now;
      session.expiresAt = sessionExpiryFrom(context, session.createdAt, now);
      return { session, refreshToken: next, issuedAt: now };
    }

    const withinGrace =
      sameHash(session.previousRefreshTokenHash, presentedHash) &&
      session.rotatedAt !== null &&
      session.rotatedAt !== undefined &&
      now.getTime() - session.rotatedAt.getTime() <= context.refreshGraceSeconds * 1000;
    if (withinGrace) {
      // A retry of a refresh whose answer was lost: the same pair again, nothing rotates.
      return {
        session,
        refreshToken: nextRefreshToken(parsed, context.refreshRotationKey),
        issuedAt: session.rotatedAt!,
      };
    }

    const replayed = isSpentTokenOf(
      parsed,
      { hash: session.refreshTokenHash, generation: session.generation },
      context.refreshRotationKey,
    );
    if (!replayed) return { ended: true as const, message: INVALID_TOKEN };
    session.revokedAt = now;
    session.revokedReason = "token_reuse";
    return { ended: true as const, revokedSessionId: session.id };
  });

  if ("ended" in outcome) {
    if (outcome.revokedSessionId) await forgetSessions(context.redis, [outcome.revokedSessionId]);
    throw unauthenticated(outcome.message ?? SESSION_ENDED);
  }
  const { session } = outcome;
  const access = await context.accessTokens.issue(
    { userId: session.user.id, sessionId: session.id },
    outcome.issuedAt,
  );
  return {
    user: session.user,
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: outcome.refreshToken,
  };
}
