import { StaffRole } from "@momentum/db";
import { conflict, type DomainError, forbidden } from "../errors/domain-error";

export interface StaffAccountState {
  id: string;
  role: StaffRole;
  isActive: boolean;
}

export type StaffAccountChange = { role: StaffRole } | { isActive: boolean };

const isActiveAdmin = (account: Pick<StaffAccountState, "role" | "isActive">) =>
  account.isActive && account.role === StaffRole.Admin;

/**
 * Why an admin may not make this change, or null when they may. Nobody changes their own role or
 * deactivates themselves (a slip would lock them out), and the last active admin stays one, so the
 * dashboard never ends up with nobody able to manage staff.
 */
export function refusalOfStaffAccountChange(rule: {
  actorId: string;
  target: StaffAccountState;
  change: StaffAccountChange;
  otherActiveAdmins: number;
}): DomainError | null {
  const { actorId, target, change, otherActiveAdmins } = rule;
  const after = { ...target, ...change };
  if (target.id === actorId && (after.role !== target.role || after.isActive !== target.isActive)) {
    return forbidden("You cannot change your own role or deactivate yourself");
  }
  if (isActiveAdmin(target) && !isActiveAdmin(after) && otherActiveAdmins === 0) {
    return conflict("The last active admin cannot be demoted or deactivated");
  }
  return null;
}
