import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { StaffUser } from "./staff-user.entity";

/** A dashboard session (Lucia design): the cookie holds a token, the row is keyed by its hash. */
@Entity({ tableName: "staff_sessions" })
@Index({ name: "idx_staff_sessions_staff_user", properties: ["staffUser"] })
export class StaffSession {
  /** Hex SHA-256 of the session token, so a leaked table does not yield usable cookies. */
  @PrimaryKey({ type: "string", length: 64 })
  id!: string;

  @ManyToOne(() => StaffUser, { deleteRule: "cascade" })
  staffUser!: StaffUser;

  @Property(instant())
  expiresAt!: Date;

  @Property(instant({ defaultRaw: "now()" }))
  createdAt: Date & Opt = new Date();

  @Property({ type: "string", length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: "string", length: 512, nullable: true })
  userAgent?: string | null;
}
