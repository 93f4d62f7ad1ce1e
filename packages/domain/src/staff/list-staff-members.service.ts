import type { EntityManager } from "@mikro-orm/core";
import { StaffUser } from "@momentum/db";
import { staffMemberOf, type StaffMember } from "./staff-member";

/** Every staff account, active ones first, then by name: a staff table is small enough to show whole. */
export async function listStaffMembers(em: EntityManager): Promise<StaffMember[]> {
  const staffUsers = await em.find(
    StaffUser,
    {},
    { orderBy: { isActive: "desc", fullName: "asc", email: "asc" } },
  );
  return staffUsers.map(staffMemberOf);
}
