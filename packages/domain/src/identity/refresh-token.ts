import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { encodeBase64urlNoPadding } from "@oslojs/encoding";
import { sha256Hex } from "../crypto/sha256-hex";
import { isUuid } from "../ids/uuid";

/**
 * A refresh token is `<sessionId>.<secret>`: 256 random bits for the first token of a session, and
 * for each rotation the HMAC of the previous secret under a server key. Naming the session lets a
 * replayed old token revoke its whole family (RFC 9700 §4.14.2); deriving the next secret lets a
 * retry inside the grace window get the very same new token without storing it.
 */
export interface ParsedRefreshToken {
  sessionId: string;
  secret: string;
}

export const generateRefreshToken = (sessionId: string): string =>
  `${sessionId}.${encodeBase64urlNoPadding(randomBytes(32))}`;

export function nextRefreshToken(previous: ParsedRefreshToken, rotationKey: string): string {
  const secret = createHmac("sha256", rotationKey).update(previous.secret).digest();
  return `${previous.sessionId}.${encodeBase64urlNoPadding(secret)}`;
}

export function parseRefreshToken(token: string): ParsedRefreshToken | null {
  const [sessionId, secret, ...rest] = token.split(".");
  if (rest.length > 0 || !sessionId || !secret || !isUuid(sessionId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) {
    return null;
  }
  return { sessionId, secret };
}

/** Only this hash is stored, so a database leak yields no usable token. */
export const hashRefreshToken = sha256Hex;

export function sameHash(a: string | null | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** How far back a replayed token is recognised: each step is one HMAC, paid by any guess too. */
export const MAX_REPLAY_GENERATIONS = 1000;

/**
 * True when `presented` is an earlier token of the family whose current token hashes to `currentHash`,
 * `generation` rotations after the first: rotating it forward reaches the current token. Only the server
 * key derives successors, so a guessed secret for a real session id never does; one that is more than
 * MAX_REPLAY_GENERATIONS rotations old is not recognised (and is refused like any unknown token).
 */
export function isSpentTokenOf(
  presented: ParsedRefreshToken,
  current: { hash: string; generation: number },
  rotationKey: string,
): boolean {
  let token = presented;
  for (let step = 0; step < Math.min(current.generation, MAX_REPLAY_GENERATIONS); step++) {
    const next = nextRefreshToken(token, rotationKey);
    if (sameHash(current.hash, hashRefreshToken(next))) return true;
    token = parseRefreshToken(next)!;
  }
  return false;
}
