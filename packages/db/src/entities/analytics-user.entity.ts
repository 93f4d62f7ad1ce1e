import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, instant } from "./column-types";

/**
 * Analytics database: what the reports need to know about a user, learnt from their events: the zone
 * and day of the sign-up (`user.signed_up`) and the platform of the device they last registered for
 * pushes (`device.registered`; the main database's `devices` table is the only place a platform is
 * known). Nothing a person wrote.
 */
@Entity({ tableName: "analytics_users" })
export class AnalyticsUser {
  /** No foreign key: users live in the main database. */
  @PrimaryKey({ type: "uuid" })
  userId!: string;

  /** IANA zone given at sign-up: the zone of the user's days for events that carry no day. */
  @Property({ type: "string", length: 64, nullable: true })
  timezone?: string | null;

  /** The user's own calendar day of the sign-up: their weekly cohort. */
  @Property(calendarDay({ nullable: true }))
  signedUpOn?: string | null;

  /** ios, android or web; null until the user registers a device. */
  @Property({ type: "string", length: 10, nullable: true })
  platform?: string | null;

  @Property(instant({ defaultRaw: "now()" }))
  updatedAt: Date & Opt = new Date();
}
