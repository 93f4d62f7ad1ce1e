import { StaffRole } from "@momentum/db";

/** Who may read the analysts' reports and download their tables: analysts, and admins. */
export const reportReaderRoles: readonly StaffRole[] = [StaffRole.Analyst, StaffRole.Admin];

export const mayReadReports = (role: StaffRole): boolean => reportReaderRoles.includes(role);
