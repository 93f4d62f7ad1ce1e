import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { recordAudit, type StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";

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
