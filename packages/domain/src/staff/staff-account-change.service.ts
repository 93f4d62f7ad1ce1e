import { type EntityManager, LockMode } from "@mikro-orm/core";
import { StaffRole, StaffUser } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import type { StaffActor } from "./staff-actor";
import { recordAudit, StaffAuditAction } from "./record-audit";
import { refusalOfStaffAccountChange, type StaffAccountChange } from "./staff-account-rules";
import {
  type ChangeStaffRoleInput,
  changeStaffRoleInputSchema,
  type StaffAccountRef,
  staffAccountRefSchema,
} from "./staff-management.schema";
import { staffMemberOf, type StaffMember } from "./staff-member";
import { invalidateAllStaffSessions } from "./staff-session.service";

/**
 * Applies a role or activation change in its own transaction, audited with it. The active admins' rows
 * are locked first, so two admins demoting each other at the same moment cannot leave no admin at all:
 * the second waits, then counts what the first left. A change that changes nothing writes nothing.
 */
async function changeStaffAccount(
  em: EntityManager,
  actor: StaffActor,
  staffUserId: string,
  change: StaffAccountChange,
  action: StaffAuditAction,
): Promise<StaffMember> {
  return em.transactional(async (tx) => {
    const activeAdmins = await tx.find(
      StaffUser,
      { role: StaffRole.Admin, isActive: true },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const target = await tx.findOne(StaffUser, { id: staffUserId });
    if (!target) throw notFound("Staff account");
    const refusal = refusalOfStaffAccountChange({
      actorId: actor.staffUserId,
      target,
      change,
      otherActiveAdmins: activeAdmins.filter((admin) => admin.id !== target.id).length,
    });
    if (refusal) throw refusal;

    const before = { role: target.role, isActive: target.isActive };
    if ("role" in change ? change.role === before.role : change.isActive === before.isActive) {
      return staffMemberOf(target);
    }
    tx.assign(target, change);
    // Deactivation takes effect now, not when the person's sessions would next be checked.
    const sessionsEnded =
      "isActive" in change && !change.isActive ? await invalidateAllStaffSessions(tx, target.id) : 0;
    recordAudit(tx, {
      staffUserId: actor.staffUserId,
      action,
      targetType: "staff_user",
      targetId: target.id,
      details: "role" in change ? { from: before.role, to: change.role } : { sessionsEnded },
      ip: actor.ip,
    });
    return staffMemberOf(target);
  });
}

/** Gives a staff member another role; commits (with its audit entry) before returning. */
export async function changeStaffRole(
  em: EntityManager,
  actor: StaffActor,
  input: ChangeStaffRoleInput,
): Promise<StaffMember> {
  const { staffUserId, role } = parseInput(changeStaffRoleInputSchema, input, "input");
  return changeStaffAccount(em, actor, staffUserId, { role }, StaffAuditAction.ChangeStaffRole);
}

/** Deactivates or reactivates, validating the reference first (both share everything else). */
async function setStaffAccountActive(
  em: EntityManager,
  actor: StaffActor,
  input: StaffAccountRef,
  isActive: boolean,
): Promise<StaffMember> {
  const { staffUserId } = parseInput(staffAccountRefSchema, input, "input");
  const action = isActive ? StaffAuditAction.ReactivateStaffAccount : StaffAuditAction.DeactivateStaffAccount;
  return changeStaffAccount(em, actor, staffUserId, { isActive }, action);
}

/** Stops a staff member from signing in and ends their sessions at once; commits before returning. */
export const deactivateStaffAccount = (em: EntityManager, actor: StaffActor, input: StaffAccountRef) =>
  setStaffAccountActive(em, actor, input, false);

/** Lets a deactivated staff member sign in again (with the password they had); commits before returning. */
export const reactivateStaffAccount = (em: EntityManager, actor: StaffActor, input: StaffAccountRef) =>
  setStaffAccountActive(em, actor, input, true);
