import { Priority } from "@momentum/db";
import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
import { PriorityEnum } from "../shared/enums";

@InputType("CreateTaskInput")
export class CreateTaskInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => PriorityEnum, { nullable: true, defaultValue: Priority.None })
  priority?: Priority | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  parentTaskId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reminderTime?: Date | null;
}
