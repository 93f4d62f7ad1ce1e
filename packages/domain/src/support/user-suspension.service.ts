import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { conflict } from "../errors/domain-error";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { auditUserAction, changeUserAccount, endSessionsAudited } from "./user-account-access";
import { type UserAccountActionInput } from "./user-directory.schema";

/**
 * Suspends an account: it cannot sign in, refresh or reset its password, and every session ends at once.
 * Nothing it owns changes. Audited with the reason; suspending a suspended account is a CONFLICT.
 */
export function suspendUser(
  context: { em: EntityManager; redis: Redis },
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  return changeUserAccount(context.em, rawInput, async (tx, user, input) => {
    if (!user.isActive) throw conflict("The account is already suspended");
    user.isActive = false;
    return endSessionsAudited(
      tx,
      context.redis,
      { actor, action: StaffAuditAction.SuspendUser, reason: input.reason },
      user,
      "suspended",
      now,
    );
  });
}

/** Lets a suspended account sign in again (its ended sessions stay ended). Audited; an active one is a CONFLICT. */
export async function reactivateUser(
  em: EntityManager,
  actor: StaffActor,
  rawInput: UserAccountActionInput,
): Promise<true> {
  await changeUserAccount(em, rawInput, async (tx, user, input) => {
    if (user.isActive) throw conflict("The account is not suspended");
    user.isActive = true;
    auditUserAction(tx, actor, StaffAuditAction.ReactivateUser, user.id, { reason: input.reason });
  });
  return true;
}
