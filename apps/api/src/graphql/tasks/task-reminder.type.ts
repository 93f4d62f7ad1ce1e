import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

@ObjectType("TaskReminder")
export class TaskReminderType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "A fixed instant, or" })
  at?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Minutes before the task's due time; follows the due date when it moves",
  })
  minutesBefore?: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When it goes out next; null once sent, when it cannot fire (no due date) or the task is closed",
  })
  nextFireAt?: Date | null;
}

@InputType("TaskReminderInput", { description: "Exactly one of at and minutesBefore" })
export class TaskReminderInput {
  @Field(() => DateTimeScalar, { nullable: true })
  at?: Date | null;

  @Field(() => Int, { nullable: true, description: "0..43200; needs the task's due date" })
  minutesBefore?: number | null;
}
