import type { StaffUser } from "@momentum/db";

/** What the dashboard may know about a staff account: never the password hash. */
export interface StaffMember {
  id: string;
  email: string;
  fullName: string;
  role: StaffUser["role"];
  isActive: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export const staffMemberOf = (staffUser: StaffUser): StaffMember => ({
  id: staffUser.id,
  email: staffUser.email,
  fullName: staffUser.fullName,
  role: staffUser.role,
  isActive: staffUser.isActive,
  lastLoginAt: staffUser.lastLoginAt ?? null,
  createdAt: staffUser.createdAt,
});
