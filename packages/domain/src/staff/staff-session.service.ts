import type { EntityManager } from "@mikro-orm/core";
import { StaffSession, type StaffUser } from "@momentum/db";
import {
  isSessionExpired,
  type SessionLifetime,
  sessionExpiresAt,
  shouldExtendSession,
} from "./session-expiry";
import { generateSessionToken, sessionIdFromToken } from "./session-token";

export interface StaffSessionOptions {
  lifetime: SessionLifetime;
  now?: Date;
}

export interface ValidatedStaffSession {
  session: StaffSession;
  staffUser: StaffUser;
  /** True when this validation moved the expiry forward: the cookie should be re-sent with it. */
  extended: boolean;
}

const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

/** Adds a session to the unit of work (the caller flushes) and returns the token for the cookie, shown only now. */
export function createStaffSession(
  em: EntityManager,
  staffUser: StaffUser,
  options: StaffSessionOptions & { ip?: string | null; userAgent?: string | null },
): { token: string; session: StaffSession } {
  const now = options.now ?? new Date();
  const token = generateSessionToken();
  const session = em.create(StaffSession, {
    id: sessionIdFromToken(token),
    staffUser,
    createdAt: now,
    expiresAt: sessionExpiresAt(now, options.lifetime),
    ip: options.ip ?? null,
    userAgent: options.userAgent?.slice(0, 512) ?? null,
  });
  return { token, session };
}

/**
 * Resolves a cookie token to its session. Expired sessions, and sessions of deactivated staff, are removed
 * and yield null; a session past half its lifetime slides forward. Changes are left for the caller to flush.
 */
export async function validateStaffSessionToken(
  em: EntityManager,
  token: string,
  options: StaffSessionOptions,
): Promise<ValidatedStaffSession | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const now = options.now ?? new Date();
  const session = await em.findOne(
    StaffSession,
    { id: sessionIdFromToken(token) },
    { populate: ["staffUser"] },
  );
  if (!session) return null;
  if (isSessionExpired(session.expiresAt, now) || !session.staffUser.isActive) {
    em.remove(session);
    return null;
  }
  const extended = shouldExtendSession(session.expiresAt, now, options.lifetime);
  if (extended) session.expiresAt = sessionExpiresAt(now, options.lifetime);
  return { session, staffUser: session.staffUser, extended };
}

/** Deletes one session at once (sign-out). */
export async function invalidateStaffSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(StaffSession, { id: sessionId });
}

/** Deletes every session of a staff member at once (password change, deactivation); returns how many. */
export async function invalidateAllStaffSessions(em: EntityManager, staffUserId: string): Promise<number> {
  return em.nativeDelete(StaffSession, { staffUser: staffUserId });
}
