import { Entity, Index, ManyToOne, Unique } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { Tag } from "./tag.entity";
import { Task } from "./task.entity";

/** A tag on a task; goes with either of them. */
@Entity({ tableName: "task_tags" })
@Unique({ name: "task_tags_task_id_tag_id_unique", properties: ["task", "tag"] })
@Index({ name: "idx_task_tags_tag", properties: ["tag", "task"] })
export class TaskTag extends CreatedEntity {
  @ManyToOne(() => Task, { deleteRule: "cascade" })
  task!: Task;

  @ManyToOne(() => Tag, { deleteRule: "cascade" })
  tag!: Tag;
}
