import { Entity, Index, Property, Unique, type Opt } from "@mikro-orm/core";
import { calendarDay, jsonb, percentNumber } from "./column-types";
import { TimestampedEntity } from "./entity-base";

/** Analytics database: one user's totals for one calendar day in their zone. */
@Entity({ tableName: "productivity_metrics" })
@Unique({ properties: ["userId", "date"] })
@Index({ name: "idx_productivity_metrics_user", properties: ["userId"] })
@Index({ name: "idx_productivity_metrics_date", properties: ["date"] })
export class ProductivityMetric extends TimestampedEntity {
  /** No foreign key: users live in the main database. */
  @Property({ type: "uuid" })
  userId!: string;

  @Property(calendarDay())
  date!: string;

  @Property({ type: "integer", default: 0 })
  tasksCompleted: number & Opt = 0;

  @Property({ type: "integer", default: 0 })
  habitsCompleted: number & Opt = 0;

  /** goal id -> progress (0..100) at the end of the day */
  @Property(jsonb({ nullable: true }))
  goalsProgress?: Record<string, number> | null;

  /** minutes */
  @Property({ type: "integer", nullable: true, default: 0 })
  focusTime?: number | null = 0;

  @Property(percentNumber({ nullable: true }))
  productivityScore?: number | null;
}
