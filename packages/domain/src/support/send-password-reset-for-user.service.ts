import { type EntityManager } from "@mikro-orm/postgresql";
import { conflict } from "../errors/domain-error";
import { recordNotification } from "../events/outbox";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { auditUserAction, changeUserAccount } from "./user-account-access";
import { type UserAccountActionInput } from "./user-directory.schema";

/**
 * Sends the user the same reset e-mail `requestPasswordReset` sends (through the notifier), for someone
 * who cannot get in. A suspended account cannot reset its password (CONFLICT): reactivate it first.
 */
export async function sendPasswordResetForUser(
  em: EntityManager,
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<true> {
  await changeUserAccount(em, rawInput, async (tx, user, input) => {
    if (!user.isActive) throw conflict("The account is suspended: reactivate it before a password reset");
    recordNotification(
      tx,
      { type: "PASSWORD_RESET_EMAIL", userId: user.id, requestedAt: now.toISOString() },
      now,
    );
    auditUserAction(tx, actor, StaffAuditAction.SendUserPasswordReset, user.id, { reason: input.reason });
  });
  return true;
}
