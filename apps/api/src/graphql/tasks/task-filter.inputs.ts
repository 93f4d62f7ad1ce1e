import { TaskStatus } from "@momentum/db";
import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
import { TaskStatusEnum } from "../shared/enums";

@InputType("TaskFilter")
export class TaskFilterInput {
  @Field(() => [TaskStatusEnum], { nullable: true })
  status?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Due on the user's current calendar day (their timezone); filters only when true",
  })
  dueToday?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Open and due before the user's current calendar day; filters only when true",
  })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Subtasks of one task" })
  parentTaskId?: string | null;

  @Field(() => Boolean, { nullable: true })
  topLevelOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive, in title and description" })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Hides tasks whose startOn is after the user's today; filters only when true",
  })
  startedOnly?: boolean | null;
  @Field(() => [ID], { nullable: true, description: "Tasks carrying all of these tags" })
  tagIds?: string[] | null;
}
