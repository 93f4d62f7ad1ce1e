import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar } from "../scalars";

@ObjectType("HabitLog")
export class HabitLogType {
  @Field(() => ID)
  id!: string;

  @Field(() => CalendarDateScalar, { description: "The day in the user's zone the log counts for" })
  completedDate!: string;

  @Field(() => DateTimeScalar)
  completedAt!: Date;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  mood?: number | null;

  @Field(() => String, { nullable: true, description: "Set when the day was skipped, not done" })
  skipReason?: string | null;
}
