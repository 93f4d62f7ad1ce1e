import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { StaffUser } from "./staff-user.entity";
import { User } from "./user.entity";

export enum DataExportStatus {
  Pending = "pending",
  Ready = "ready",
  Downloaded = "downloaded",
  Expired = "expired",
  Failed = "failed",
}

/**
 * An archive of everything one user owns, asked for by the user (or by staff for them): prepared by a
 * background job, fetched once, and deleted after its download or a day, whichever comes first.
 */
@Entity({ tableName: "data_exports" })
@Index({ name: "idx_data_exports_user_created", properties: ["user", "createdAt"] })
@Index({
  name: "idx_data_exports_pending",
  expression: `create index "idx_data_exports_pending" on "data_exports" ("created_at") where "status" = 'pending'`,
})
@Index({
  name: "idx_data_exports_ready_expiry",
  expression: `create index "idx_data_exports_ready_expiry" on "data_exports" ("expires_at") where "status" = 'ready'`,
})
export class DataExport extends CreatedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  /** Who asked: null for the user, the staff member otherwise (their exports are not the user's to fetch). */
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: "set null" })
  requestedByStaff?: StaffUser | null;

  @Property({ type: "string", length: 20, default: DataExportStatus.Pending })
  status: DataExportStatus & Opt = DataExportStatus.Pending;

  @Property(instant({ nullable: true }))
  readyAt?: Date | null;

  @Property(instant({ nullable: true }))
  expiresAt?: Date | null;

  @Property(instant({ nullable: true }))
  downloadedAt?: Date | null;

  /** The gzipped JSON archive while it may be fetched; never loaded unless asked for. */
  @Property({ type: "blob", nullable: true, lazy: true })
  archive?: Buffer | null;

  @Property({ type: "integer", nullable: true })
  archiveBytes?: number | null;

  @Property({ type: "text", nullable: true })
  error?: string | null;
}
