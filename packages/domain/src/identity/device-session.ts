import { Session, type User } from "@momentum/db";
import { type AuthResult } from "./auth-result";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { generateRefreshToken, hashRefreshToken } from "./refresh-token";
import { revokeSessions } from "./sign-out.service";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A lifetime, not a calendar date: days of 24 hours from the instant (Luxon here read the host's zone, and
 * cost sign-in about 2 ms each time).
 */
export const sessionExpiryFrom = (context: Pick<IdentityContext, "refreshTokenTtlDays">, from: Date): Date =>
  new Date(from.getTime() + context.refreshTokenTtlDays * DAY_MS);

/**
 * Opens a session (one refresh-token family) for a device and issues its first token pair. One session
 * per device: signing in again on a device ends that device's earlier session. The new session row is
 * persisted in the caller's unit of work, or, with `insertNow`, inserted at once in one statement.
 */
export async function openDeviceSession(
  context: IdentityContext,
  user: User,
  client: ClientInfo,
  now = new Date(),
  options: { insertNow?: boolean } = {},
): Promise<AuthResult> {
  if (client.deviceId)
    await revokeSessions(context, { userId: user.id, deviceId: client.deviceId }, "replaced", now);
  const session = context.em.create(
    Session,
    {
      user,
      deviceId: client.deviceId ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ip: client.ip?.slice(0, 64) ?? null,
      refreshTokenHash: "",
      createdAt: now,
      lastActiveAt: now,
      expiresAt: sessionExpiryFrom(context, now),
    },
    { persist: !options.insertNow },
  );
  const refreshToken = generateRefreshToken(session.id);
  session.refreshTokenHash = hashRefreshToken(refreshToken);
  if (options.insertNow) await context.em.insert(session);
  const access = await context.accessTokens.issue({ userId: user.id, sessionId: session.id }, now);
  return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
}
