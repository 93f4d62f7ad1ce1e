import { Entity, Index, Property } from "@mikro-orm/core";
import { jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";

/** Analytics database: one row per domain event the analytics worker consumed. */
@Entity({ tableName: "user_activity" })
@Index({ name: "idx_user_activity_user", properties: ["userId"] })
@Index({ name: "idx_user_activity_type", properties: ["activityType"] })
@Index({ name: "idx_user_activity_created", properties: ["createdAt"] })
export class UserActivity extends CreatedEntity {
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

  /** The source event's id; unique so a redelivered event is recorded once. */
  @Property({ type: "uuid", nullable: true, unique: "user_activity_event_id_unique" })
  eventId?: string | null;
}
