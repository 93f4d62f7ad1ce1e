import { Priority, TaskStatus } from "@momentum/db";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar } from "../scalars";
import { PriorityEnum, TaskStatusEnum } from "../shared/enums";

@ObjectType("Task")
export class TaskType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => PriorityEnum)
  priority!: Priority;

  @Field(() => TaskStatusEnum)
  status!: TaskStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  reminderTime?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt?: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "An all-day due date in the user's calendar (instead of dueDate's instant)",
  })
  dueOn?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Not shown as actionable before this day" })
  startOn?: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;
}
