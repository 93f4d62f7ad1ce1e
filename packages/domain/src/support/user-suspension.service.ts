import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { revokeSessions } from "../identity/sign-out.service";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { auditUserAction, lockUserAccount } from "./user-account-access";
import { userAccountActionSchema, type UserAccountActionInput } from "./user-directory.schema";

/**
 * Suspends an account: it cannot sign in, refresh or reset its password, and every session ends at once.
 * Nothing it owns changes. Audited with the reason; suspending a suspended account is a CONFLICT.
 */
export async function suspendUser(
  context: { em: EntityManager; redis: Redis },
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  return context.em.transactional(async (tx) => {
    const user = await lockUserAccount(tx, input.userId);
    if (!user.isActive) throw conflict("The account is already suspended");
    user.isActive = false;
    const ended = await revokeSessions(
      { em: tx, redis: context.redis },
      { userId: user.id },
      "suspended",
      now,
    );
    auditUserAction(tx, actor, StaffAuditAction.SuspendUser, user.id, {
      reason: input.reason,
      endedSessions: ended.length,
    });
    return { endedSessions: ended.length };
  });
}

/** Lets a suspended account sign in again (its ended sessions stay ended). Audited; an active one is a CONFLICT. */
export async function reactivateUser(
  em: EntityManager,
  actor: StaffActor,
  rawInput: UserAccountActionInput,
): Promise<true> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  await em.transactional(async (tx) => {
    const user = await lockUserAccount(tx, input.userId);
    if (user.isActive) throw conflict("The account is not suspended");
    user.isActive = true;
    auditUserAction(tx, actor, StaffAuditAction.ReactivateUser, user.id, { reason: input.reason });
  });
  return true;
}
