import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { changeUserAccount, endSessionsAudited } from "./user-account-access";
import { type UserAccountActionInput } from "./user-directory.schema";

/**
 * Ends every session of a user at once (a lost phone, a shared account): each device must sign in again,
 * and its next refresh fails. Audited with the staff member's reason; answers how many sessions ended.
 */
export function endUserSessions(
  context: { em: EntityManager; redis: Redis },
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<{ endedSessions: number }> {
  return changeUserAccount(context.em, rawInput, (tx, user, input) =>
    endSessionsAudited(
      tx,
      context.redis,
      { actor, action: StaffAuditAction.EndUserSessions, reason: input.reason },
      user,
      "ended_by_staff",
      now,
    ),
  );
}
