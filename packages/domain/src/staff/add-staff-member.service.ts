import type { EntityManager } from "@mikro-orm/core";
import { parseInput } from "../errors/zod-fields";
import type { StaffActor } from "./staff-actor";
import { createStaffAccount } from "./create-staff-account.service";
import { generateOneTimePassword } from "./one-time-password";
import { recordAudit, StaffAuditAction } from "./record-audit";
import { type AddStaffMemberInput, addStaffMemberInputSchema } from "./staff-management.schema";
import { staffMemberOf, type StaffMember } from "./staff-member";

export interface AddedStaffMember {
  staffMember: StaffMember;
  /** Set only when the admin gave no password: the one chance to pass it on, it is stored only hashed. */
  generatedPassword: string | null;
}

/** An admin adds a staff account, audited; added to the unit of work, the caller flushes. */
export async function addStaffMember(
  em: EntityManager,
  actor: StaffActor,
  input: AddStaffMemberInput,
  options: { bcryptCost: number },
): Promise<AddedStaffMember> {
  const parsed = parseInput(addStaffMemberInputSchema, input, "input");
  const password = parsed.password ?? generateOneTimePassword();
  const staffUser = await createStaffAccount(em, { ...parsed, password }, options);
  recordAudit(em, {
    staffUserId: actor.staffUserId,
    action: StaffAuditAction.CreateStaffAccount,
    targetType: "staff_user",
    targetId: staffUser.id,
    details: { email: staffUser.email, role: staffUser.role },
    ip: actor.ip,
  });
  return {
    staffMember: staffMemberOf(staffUser),
    generatedPassword: parsed.password === undefined ? password : null,
  };
}
