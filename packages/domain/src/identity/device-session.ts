import { Session, type User } from "@momentum/db";
import { DateTime } from "luxon";
import { type AuthResult } from "./auth-result";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { generateRefreshToken, hashRefreshToken } from "./refresh-token";

/**
 * Opens a session (one refresh-token family) for a device and issues its first token pair.
 * The session row is persisted in the caller's unit of work.
 */
export async function openDeviceSession(
  context: IdentityContext,
  user: User,
  client: ClientInfo,
  now = new Date(),
): Promise<AuthResult> {
  const refreshToken = generateRefreshToken();
  const session = context.em.create(Session, {
    user,
    deviceId: client.deviceId ?? null,
    userAgent: client.userAgent?.slice(0, 512) ?? null,
    ip: client.ip?.slice(0, 64) ?? null,
    refreshTokenHash: hashRefreshToken(refreshToken),
    createdAt: now,
    lastActiveAt: now,
    expiresAt: DateTime.fromJSDate(now).plus({ days: context.refreshTokenTtlDays }).toJSDate(),
  });
  const access = await context.accessTokens.issue({ userId: user.id, sessionId: session.id }, now);
  return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
}
