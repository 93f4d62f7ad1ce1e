import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { StaffUser } from "./staff-user.entity";

/** What a staff member did in the dashboard. Entries stay when the staff account is deleted. */
@Entity({ tableName: "audit_log" })
@Index({ name: "idx_audit_log_created", properties: ["createdAt"] })
@Index({ name: "idx_audit_log_staff_user", properties: ["staffUser"] })
export class AuditLogEntry extends CreatedEntity {
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: "set null" })
  staffUser?: StaffUser | null;

  @Property({ type: "string", length: 100 })
  action!: string;

  @Property({ type: "string", length: 50, nullable: true })
  targetType?: string | null;

  @Property({ type: "string", length: 100, nullable: true })
  targetId?: string | null;

  @Property(jsonb({ nullable: true }))
  details?: Record<string, unknown> | null;

  @Property({ type: "string", length: 64, nullable: true })
  ip?: string | null;
}
