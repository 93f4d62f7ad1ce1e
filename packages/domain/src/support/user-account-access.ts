import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { type Redis } from "ioredis";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { revokeSessions } from "../identity/sign-out.service";
import { recordAudit, type StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import {
  type UserAccountAction,
  userAccountActionSchema,
  type UserAccountActionInput,
} from "./user-directory.schema";

/** A user account that still exists (suspended or not), locked inside the caller's transaction. */
export async function lockUserAccount(tx: EntityManager, userId: string): Promise<User> {
  const user = await tx.findOne(
    User,
    { id: userId, deletedAt: null },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!user) throw notFound("User");
  return user;
}

/** The audit entry of a staff action on a user's account, in the caller's transaction: who, what, why. */
export function auditUserAction(
  tx: EntityManager,
  actor: StaffActor,
  action: StaffAuditAction,
  userId: string,
  details: { reason: string } & Record<string, unknown>,
): void {
  recordAudit(tx, {
    staffUserId: actor.staffUserId,
    action,
    targetType: "user",
    targetId: userId,
    details,
    ip: actor.ip,
  });
}

/**
 * Runs a staff action on one account: the input checked (BAD_REQUEST naming the field), then `work` in
 * one transaction with the account locked, so the change and its audit entry commit together.
 */
export async function changeUserAccount<T>(
  em: EntityManager,
  rawInput: UserAccountActionInput,
  work: (tx: EntityManager, user: User, input: UserAccountAction) => Promise<T>,
): Promise<T> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  return em.transactional(async (tx) => work(tx, await lockUserAccount(tx, input.userId), input));
}

/** Ends every session of the user in the caller's transaction and audits it; answers how many ended. */
export async function endSessionsAudited(
  tx: EntityManager,
  redis: Redis,
  staff: { actor: StaffActor; action: StaffAuditAction; reason: string },
  user: User,
  revokedBecause: string,
  now: Date,
): Promise<{ endedSessions: number }> {
  const ended = await revokeSessions({ em: tx, redis }, { userId: user.id }, revokedBecause, now);
  auditUserAction(tx, staff.actor, staff.action, user.id, {
    reason: staff.reason,
    endedSessions: ended.length,
  });
  return { endedSessions: ended.length };
}
