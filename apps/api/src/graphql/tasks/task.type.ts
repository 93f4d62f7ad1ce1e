import { Priority, TaskStatus } from "@momentum/db";
import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
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
}
