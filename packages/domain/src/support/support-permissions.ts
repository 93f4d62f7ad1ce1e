import { StaffRole } from "@momentum/db";

/**
 * Who may do what with a mobile user's account. The tRPC procedures enforce this table and the pages
 * read it to offer only what the staff member may do; analysts never see individual users.
 */
export const supportPermissions = {
  viewUsers: [StaffRole.Admin, StaffRole.Support],
  endSessions: [StaffRole.Admin, StaffRole.Support],
  sendPasswordReset: [StaffRole.Admin, StaffRole.Support],
  suspend: [StaffRole.Admin],
  reactivate: [StaffRole.Admin],
  exportData: [StaffRole.Admin],
  deleteAccount: [StaffRole.Admin],
} as const satisfies Record<string, readonly StaffRole[]>;

export type SupportAction = keyof typeof supportPermissions;

export const staffMay = (role: StaffRole, action: SupportAction): boolean =>
  (supportPermissions[action] as readonly StaffRole[]).includes(role);

/** What this role may do with a user's account: the pages offer exactly these. */
export const supportActionsFor = (role: StaffRole): SupportAction[] =>
  (Object.keys(supportPermissions) as SupportAction[]).filter((action) => staffMay(role, action));
