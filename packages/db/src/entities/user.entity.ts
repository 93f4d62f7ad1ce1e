import { Entity, Index, Property, Unique, type Opt } from "@mikro-orm/core";
import { instant, jsonbObject, timeOfDay } from "./column-types";
import { TimestampedEntity } from "./entity-base";

/** What staff search users by: e-mail, username and name, lowercased; the trigram index's expression. */
export const userSearchTextSql = `lower("email") || ' ' || lower("username") || ' ' || lower("full_name")`;

/**
 * Sign-ins and sign-ups compare e-mail and username case-insensitively; these indexes enforce it. Staff
 * search e-mail, username and name by any part through one trigram index, and page users newest first.
 */
@Entity({ tableName: "users" })
@Index({ name: "idx_users_created", properties: ["createdAt", "id"] })
@Index({
  name: "idx_users_search",
  expression: `create index "idx_users_search" on "users" using gin ((${userSearchTextSql}) gin_trgm_ops)`,
})
@Index({ name: "idx_users_email", properties: ["email"] })
@Index({ name: "idx_users_username", properties: ["username"] })
@Index({
  name: "users_email_lower_unique",
  expression: 'create unique index "users_email_lower_unique" on "users" (lower("email"))',
})
@Index({
  name: "users_username_lower_unique",
  expression: 'create unique index "users_username_lower_unique" on "users" (lower("username"))',
})
export class User extends TimestampedEntity {
  @Property({ type: "string", length: 255 })
  @Unique({ name: "users_email_unique" })
  email!: string;

  @Property({ type: "string", length: 255 })
  passwordHash!: string;

  @Property({ type: "string", length: 100 })
  fullName!: string;

  @Property({ type: "string", length: 50 })
  @Unique({ name: "users_username_unique" })
  username!: string;

  @Property({ type: "text", nullable: true })
  bio?: string | null;

  @Property({ type: "string", length: 255, nullable: true })
  avatarUrl?: string | null;

  @Property({ type: "string", length: 255, nullable: true })
  coverPhotoUrl?: string | null;

  /** IANA zone name; every calendar day of this user is computed in it. */
  @Property({ type: "string", length: 50 })
  timezone!: string;

  /** When each of the user's days begins on their wall clock ('HH:MM:SS'); before it, it is still yesterday. */
  @Property(timeOfDay({ default: "00:00:00" }))
  dayStartTime: string & Opt = "00:00:00";

  @Property(instant({ nullable: true }))
  lastLoginAt?: Date | null;

  @Property(jsonbObject())
  settings: Record<string, unknown> & Opt = {};

  @Property(jsonbObject())
  notificationPreferences: Record<string, unknown> & Opt = {};

  @Property({ type: "boolean", default: true })
  isActive: boolean & Opt = true;

  /** Demo data (the demo user, the seeded synthetic population): shown as such to staff, left out by analysts. */
  @Property({ type: "boolean", default: false })
  isDemo: boolean & Opt = false;

  /** Set when the account is closed; rows are removed later by cascade when the user row is deleted. */
  @Property(instant({ nullable: true }))
  deletedAt?: Date | null;
}
