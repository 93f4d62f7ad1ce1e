import { FrequencyType, HabitTargetType } from "@momentum/db";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar, JSONObjectScalar, LocalTimeScalar } from "../scalars";
import { FrequencyTypeEnum, HabitTargetTypeEnum } from "../shared/enums";

/** Stored fields; currentStreak, progress, logs and streaks are resolved for today in HabitFieldsResolver. */
@ObjectType("Habit")
export class HabitType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => FrequencyTypeEnum)
  frequencyType!: FrequencyType;

  @Field(() => JSONObjectScalar)
  frequencyConfig!: Record<string, unknown>;

  @Field(() => CalendarDateScalar)
  startDate!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, {
    description: "Scheduled days or periods; periods for TIMES_PER_WEEK and TIMES_PER_MONTH",
  })
  longestStreak!: number;

  @Field(() => Int)
  totalCompletions!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  lastCompletedAt?: Date | null;

  @Field(() => LocalTimeScalar, { nullable: true })
  reminderTime?: string | null;

  @Field()
  isArchived!: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. "pages", "km", "glasses"' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: "Per scheduled day (or period) for numeric habits" })
  targetValue?: number | null;

  @Field(() => HabitTargetTypeEnum, {
    description: "AT_MOST: a day counts as done when the value stays at or under the target",
  })
  targetType!: HabitTargetType;
}
