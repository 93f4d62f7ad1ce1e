/** The staff member behind an operation, for the audit log. */
export interface StaffActor {
  staffUserId: string;
  ip: string | null;
}
