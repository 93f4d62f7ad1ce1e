import { Session, type User } from "@momentum/db";
import { type AuthResult } from "./auth-result";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { generateRefreshToken, hashRefreshToken } from "./refresh-token";
import { revokeSessions } from "./sign-out.service";

const DAY_MS = 24 * 60 * 60 * 1000;

type SessionLifetimes = Pick<IdentityContext, "refreshTokenTtlDays" | "sessionMaxLifetimeDays">;

// Lifetimes, not calendar dates: days of 24 hours from the instant (Luxon here read the host's zone, and
// cost sign-in about 2 ms each time).

/** The latest a session opened at `openedAt` may last, however often it is refreshed. */
export const sessionEndOf = (context: SessionLifetimes, openedAt: Date): Date =>
  new Date(openedAt.getTime() + context.sessionMaxLifetimeDays * DAY_MS);

/** A session used at `usedAt` lasts the refresh-token lifetime from then, but never past its absolute end. */
export function sessionExpiryFrom(context: SessionLifetimes, openedAt: Date, usedAt: Date): Date {
  const sliding = new Date(usedAt.getTime() + context.refreshTokenTtlDays * DAY_MS);
  const end = sessionEndOf(context, openedAt);
  return sliding < end ? sliding : end;
}

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
      expiresAt: sessionExpiryFrom(context, now, now),
    },
    { persist: !options.insertNow },
  );
  const refreshToken = generateRefreshToken(session.id);
  session.refreshTokenHash = hashRefreshToken(refreshToken);
  if (options.insertNow) await context.em.insert(session);
  const access = await context.accessTokens.issue({ userId: user.id, sessionId: session.id }, now);
  return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
}
