import { type EntityManager } from "@mikro-orm/postgresql";
import { AccountClosedBy } from "@momentum/db";
import { type Redis } from "ioredis";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { eraseAccount, forgetErasedAccount } from "../users/erase-account";
import { auditUserAction, lockUserAccount } from "./user-account-access";
import { userAccountActionSchema, type UserAccountActionInput } from "./user-directory.schema";

/**
 * Deletes a user's account on their behalf (a data-erasure request): the same erasure as the user's own
 * `deleteAccount`, in both databases, with the audit entry (reason included) in the same transaction.
 */
export async function deleteUserAccount(
  context: { em: EntityManager; redis: Redis },
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<true> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  const sessionIds = await transactionalWithReactions(context.em, async (tx) => {
    const user = await lockUserAccount(tx, input.userId);
    auditUserAction(tx, actor, StaffAuditAction.DeleteUserAccount, user.id, { reason: input.reason });
    return eraseAccount(tx, user, AccountClosedBy.Staff, now);
  });
  await forgetErasedAccount(context.redis, input.userId, sessionIds);
  return true;
}
