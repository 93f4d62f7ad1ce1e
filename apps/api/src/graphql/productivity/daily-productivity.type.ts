import { Field, Float, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar } from "../scalars";

@ObjectType("DailyProductivity")
export class DailyProductivityType {
  @Field(() => CalendarDateScalar, { description: "A calendar day in the user's time zone" })
  date!: string;

  @Field(() => Int)
  tasksCompleted!: number;

  @Field(() => Int)
  habitsCompleted!: number;

  @Field(() => Int, { description: "Minutes of logged focus sessions" })
  focusTime!: number;

  @Field(() => Float, { nullable: true, description: "0..100; null for a day with no activity" })
  productivityScore?: number | null;
}
