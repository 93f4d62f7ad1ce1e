import { randomBytes } from "node:crypto";
import { LockMode, sql, type EntityManager } from "@mikro-orm/postgresql";
import { PasswordResetToken, User } from "@momentum/db";
import { encodeBase64urlNoPadding } from "@oslojs/encoding";
import { sha256Hex } from "../crypto/sha256-hex";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { recordNotification } from "../events/outbox";
import { emailSchema } from "./account-input.schema";
import { type IdentityContext } from "./identity-settings";
import { hashPassword, passwordSchema } from "./password";
import { revokeSessions } from "./sign-out.service";

/** How long an e-mailed reset link works. */
export const passwordResetTokenLifetimeMs = 60 * 60 * 1000;

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

const invalidToken = () => invalidInput([{ field: "token", message: "is invalid, used or expired" }]);

/** Accounts that may reset their password: not deleted, not suspended. */
const resettable = { deletedAt: null, isActive: true } as const;

/**
 * Asks for a reset e-mail to the account with this address, if there is one that may sign in: the
 * notifier sends it (PASSWORD_RESET_EMAIL through the outbox). Always true, so the answer never tells
 * whether an account exists; the caller limits how often an address and an e-mail may ask.
 */
export async function requestPasswordReset(
  em: EntityManager,
  rawEmail: string,
  now = new Date(),
): Promise<true> {
  const email = parseInput(emailSchema, rawEmail, "email");
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { [sql.lower("email")]: email, ...resettable }, { fields: ["id"] });
    if (!user) return;
    recordNotification(
      tx,
      { type: "PASSWORD_RESET_EMAIL", userId: user.id, requestedAt: now.toISOString() },
      now,
    );
  });
  return true;
}

/**
 * A new single-use reset token for the user, valid for an hour, added to the caller's unit of work; only
 * its hash is stored. The notifier calls it while sending the e-mail that carries the token.
 */
export function issuePasswordResetToken(em: EntityManager, userId: string, now = new Date()): string {
  const token = encodeBase64urlNoPadding(randomBytes(32));
  em.create(PasswordResetToken, {
    user: userId,
    tokenHash: sha256Hex(token),
    expiresAt: new Date(now.getTime() + passwordResetTokenLifetimeMs),
    createdAt: now,
  });
  return token;
}

/**
 * Sets a new password (the sign-up rules) with an e-mailed token: the token and every other open token of
 * the account are spent, and every session ends. A wrong, used or expired token, or one of an account
 * since closed or suspended, is refused (BAD_USER_INPUT on `token`).
 */
export async function resetPassword(
  context: Pick<IdentityContext, "em" | "redis" | "bcryptCost">,
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<true> {
  const password = parseInput(passwordSchema, newPassword, "newPassword");
  if (!tokenShape.test(token)) throw invalidToken();
  const tokenHash = sha256Hex(token);
  const isUsable = (row: PasswordResetToken | null): row is PasswordResetToken =>
    row !== null && !row.usedAt && row.expiresAt > now;
  // Checked before hashing, so made-up tokens cost no bcrypt; checked again under the lock below.
  if (!isUsable(await context.em.fork().findOne(PasswordResetToken, { tokenHash }))) throw invalidToken();
  const passwordHash = await hashPassword(password, context.bcryptCost);

  await context.em.transactional(async (tx) => {
    const row = await tx.findOne(PasswordResetToken, { tokenHash }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!isUsable(row)) throw invalidToken();
    const user = await tx.findOne(
      User,
      { id: row.user.id, ...resettable },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!user) throw invalidToken();
    user.passwordHash = passwordHash;
    await tx.nativeUpdate(PasswordResetToken, { user: user.id, usedAt: null }, { usedAt: now });
    await revokeSessions({ em: tx, redis: context.redis }, { userId: user.id }, "password_reset", now);
  });
  return true;
}
