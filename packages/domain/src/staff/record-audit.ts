import type { EntityManager } from "@mikro-orm/core";
import { AuditLogEntry, StaffUser } from "@momentum/db";

/** What staff did, in `area.verb` form; one constant per audited action so reports can group by it. */
export const StaffAuditAction = {
  SignIn: "staff.sign_in",
  SignOut: "staff.sign_out",
  CreateStaffAccount: "staff.create_account",
  ChangeStaffRole: "staff.change_role",
  DeactivateStaffAccount: "staff.deactivate_account",
  ReactivateStaffAccount: "staff.reactivate_account",
  ReplayParkedMessage: "messages.replay_parked",
  DropParkedMessage: "messages.drop_parked",
  EndUserSessions: "users.end_sessions",
  SendUserPasswordReset: "users.send_password_reset",
  SuspendUser: "users.suspend",
  ReactivateUser: "users.reactivate",
  ExportUserData: "users.export_data",
  DeleteUserAccount: "users.delete_account",
} as const;
export type StaffAuditAction = (typeof StaffAuditAction)[keyof typeof StaffAuditAction];

export interface AuditEntry {
  staffUserId: string | null;
  action: StaffAuditAction;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Adds an audit row to the unit of work, so it commits or rolls back with the change it describes. */
export function recordAudit(em: EntityManager, entry: AuditEntry): AuditLogEntry {
  return em.create(AuditLogEntry, {
    staffUser: entry.staffUserId ? em.getReference(StaffUser, entry.staffUserId) : null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
    ip: entry.ip ?? null,
  });
}
