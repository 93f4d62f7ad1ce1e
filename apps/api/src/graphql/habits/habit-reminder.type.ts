import { Field, ID, InputType, ObjectType } from "type-graphql";
import { LocalTimeScalar } from "../scalars";

@ObjectType("HabitReminder")
export class HabitReminderType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalTimeScalar, { description: "The user's wall clock" })
  time!: string;

  @Field(() => [String], { nullable: true, description: "MON..SUN; null: every day the habit is due" })
  days?: string[] | null;
}

@InputType("HabitReminderInput")
export class HabitReminderInput {
  @Field(() => LocalTimeScalar)
  time!: string;

  @Field(() => [String], { nullable: true, description: "MON..SUN; null: every day the habit is due" })
  days?: string[] | null;
}
