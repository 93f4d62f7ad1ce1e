import { Field, Float, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar } from "../scalars";

@ObjectType("HabitProgress")
export class HabitProgressType {
  @Field(() => CalendarDateScalar, { description: "The current day, week or month in the user's zone" })
  periodStart!: string;

  @Field(() => CalendarDateScalar)
  periodEnd!: string;

  @Field(() => Int)
  completedInPeriod!: number;

  @Field(() => Int)
  targetInPeriod!: number;

  @Field()
  isDueToday!: boolean;

  @Field()
  isCompletedToday!: boolean;

  @Field(() => Float, { description: "0..1 over the scheduled occasions of the last 30 days" })
  completionRate30d!: number;

  @Field(() => Float, { description: "0..100, Loop Habit Tracker style exponential smoothing" })
  strength!: number;
}
