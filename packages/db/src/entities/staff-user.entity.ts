import { Entity, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { StaffRole } from "./enums";

/** A dashboard account (support, analysts, admins); separate from app users. */
@Entity({ tableName: "staff_users" })
export class StaffUser extends TimestampedEntity {
  /** Stored lowercased, so the plain unique constraint is case-insensitive in effect. */
  @Property({ type: "string", length: 255, unique: "staff_users_email_unique" })
  email!: string;

  @Property({ type: "string", length: 255 })
  passwordHash!: string;

  @Property({ type: "string", length: 100 })
  fullName!: string;

  @Property({ type: "string", length: 20 })
  role!: StaffRole;

  @Property({ type: "boolean", default: true })
  isActive: boolean & Opt = true;

  @Property(instant({ nullable: true }))
  lastLoginAt?: Date | null;
}
