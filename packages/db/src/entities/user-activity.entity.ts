import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property, Unique, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, jsonb } from "./column-types";

/**
 * Analytics database: one row per domain event the analytics worker consumed. Partitioned by month of
 * `created_at` (migration `partition_user_activity`; the analytics worker keeps partitions ahead and drops
 * those past the retention), so the time is part of every key.
 */
@Entity({ tableName: "user_activity" })
@Index({ name: "idx_user_activity_user", properties: ["userId"] })
@Index({ name: "idx_user_activity_type", properties: ["activityType"] })
@Index({ name: "idx_user_activity_created", properties: ["createdAt"] })
@Unique({ name: "user_activity_event_id_unique", properties: ["eventId", "createdAt"] })
export class UserActivity {
  [PrimaryKeyProp]?: ["id", "createdAt"];

  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  /** When the event happened (not when it arrived): the partition key. */
  @PrimaryKey(instant({ defaultRaw: "now()" }))
  createdAt: Date & Opt = new Date();

  /** No foreign key: users live in the main database. */
  @Property({ type: "uuid" })
  userId!: string;

  @Property({ type: "string", length: 50 })
  activityType!: string;

  @Property({ type: "string", length: 50 })
  entityType!: string;

  @Property({ type: "uuid" })
  entityId!: string;

  @Property({ type: "string", length: 50 })
  action!: string;

  @Property(jsonb({ nullable: true }))
  metadata?: Record<string, unknown> | null;

  /**
   * The user's own calendar day the activity counts for: the day the event carries (a completion's,
   * a habit log's, a focus session's), else its instant in the zone the user signed up with, else UTC.
   * Null only on rows older than the column until `reports:rebuild` fills them.
   */
  @Property(calendarDay({ nullable: true }))
  day?: string | null;

  /** The source event's id (with its time, which a redelivery repeats): recorded once. */
  @Property({ type: "uuid", nullable: true })
  eventId?: string | null;
}
