import { Entity, Index, ManyToOne, Unique } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { Habit } from "./habit.entity";
import { Tag } from "./tag.entity";

/** A tag on a habit; goes with either of them. */
@Entity({ tableName: "habit_tags" })
@Unique({ name: "habit_tags_habit_id_tag_id_unique", properties: ["habit", "tag"] })
@Index({ name: "idx_habit_tags_tag", properties: ["tag", "habit"] })
export class HabitTag extends CreatedEntity {
  @ManyToOne(() => Habit, { deleteRule: "cascade" })
  habit!: Habit;

  @ManyToOne(() => Tag, { deleteRule: "cascade" })
  tag!: Tag;
}
