import { Session, type User } from "@momentum/db";
import { DateTime } from "luxon";
import { type AuthResult } from "./auth-result";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { generateRefreshToken, hashRefreshToken } from "./refresh-token";
import { revokeSessions } from "./sign-out.service";

type SessionLifetimes = Pick<IdentityContext, "refreshTokenTtlDays" | "sessionMaxLifetimeDays">;

/** The latest a session opened at `openedAt` may last, however often it is refreshed. */
export const sessionEndOf = (context: SessionLifetimes, openedAt: Date): Date =>
  DateTime.fromJSDate(openedAt).plus({ days: context.sessionMaxLifetimeDays }).toJSDate();

/** A session used at `usedAt` lasts the refresh-token lifetime from then, but never past its absolute end. */
export function sessionExpiryFrom(context: SessionLifetimes, openedAt: Date, usedAt: Date): Date {
  const sliding = DateTime.fromJSDate(usedAt).plus({ days: context.refreshTokenTtlDays }).toJSDate();
  const end = sessionEndOf(context, openedAt);
  return sliding < end ? sliding : end;
}

/**
 * Opens a session (one refresh-token family) for a device and issues its first token pair. One session
 * per device: signing in again on a device ends that device's earlier session. The new session row is
 * persisted in the caller's unit of work.
 */
export async function openDeviceSession(
  context: IdentityContext,
  user: User,
  client: ClientInfo,
  now = new Date(),
): Promise<AuthResult> {
  if (client.deviceId)
    await revokeSessions(context, { userId: user.id, deviceId: client.deviceId }, "replaced", now);
  const session = context.em.create(Session, {
    user,
    deviceId: client.deviceId ?? null,
    userAgent: client.userAgent?.slice(0, 512) ?? null,
    ip: client.ip?.slice(0, 64) ?? null,
    refreshTokenHash: "",
    createdAt: now,
    lastActiveAt: now,
    expiresAt: sessionExpiryFrom(context, now, now),
  });
  const refreshToken = generateRefreshToken(session.id);
  session.refreshTokenHash = hashRefreshToken(refreshToken);
  const access = await context.accessTokens.issue({ userId: user.id, sessionId: session.id }, now);
  return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
}
