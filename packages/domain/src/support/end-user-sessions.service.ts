import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { parseInput } from "../errors/zod-fields";
import { revokeSessions } from "../identity/sign-out.service";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { auditUserAction, lockUserAccount } from "./user-account-access";
import { userAccountActionSchema, type UserAccountActionInput } from "./user-directory.schema";

/**
 * Ends every session of a user at once (a lost phone, a shared account): each device must sign in again,
 * and its next refresh fails. Audited with the staff member's reason; answers how many sessions ended.
 */
export async function endUserSessions(
  context: { em: EntityManager; redis: Redis },
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  return context.em.transactional(async (tx) => {
    await lockUserAccount(tx, input.userId);
    const ended = await revokeSessions(
      { em: tx, redis: context.redis },
      { userId: input.userId },
      "ended_by_staff",
      now,
    );
    auditUserAction(tx, actor, StaffAuditAction.EndUserSessions, input.userId, {
      reason: input.reason,
      endedSessions: ended.length,
    });
    return { endedSessions: ended.length };
  });
}
