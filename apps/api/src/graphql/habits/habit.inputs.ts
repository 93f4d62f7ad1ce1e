import { FrequencyType, HabitTargetType } from "@momentum/db";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CalendarDateScalar, JSONObjectScalar, LocalTimeScalar } from "../scalars";
import { FrequencyTypeEnum, HabitTargetTypeEnum } from "../shared/enums";
import { HabitReminderInput } from "./habit-reminder.type";

@InputType("CreateHabitInput")
export class CreateHabitInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => FrequencyTypeEnum)
  frequencyType!: FrequencyType;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: "Checked per frequencyType; absent means {}",
  })
  frequencyConfig?: Record<string, unknown> | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Default: today in the user's zone" })
  startDate?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => LocalTimeScalar, {
    nullable: true,
    description: "Sets the reminder list to this one time on every due day (null: none); not with reminders",
  })
  reminderTime?: string | null;

  @Field(() => [HabitReminderInput], { nullable: true, description: "Replaces the list (at most 10)" })
  reminders?: HabitReminderInput[] | null;

  @Field(() => [ID], { nullable: true, description: "The viewer's tags to put on it" })
  tagIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What the logged values count, e.g. "pages"' })
  unit?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Per scheduled day, or per period for TIMES_PER_WEEK / TIMES_PER_MONTH; makes the habit numeric",
  })
  targetValue?: number | null;

  @Field(() => HabitTargetTypeEnum, { nullable: true, defaultValue: HabitTargetType.AtLeast })
  targetType?: HabitTargetType | null;
}

@InputType("UpdateHabitInput")
export class UpdateHabitInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => FrequencyTypeEnum, { nullable: true })
  frequencyType?: FrequencyType | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  frequencyConfig?: Record<string, unknown> | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => LocalTimeScalar, {
    nullable: true,
    description: "Sets the reminder list to this one time on every due day (null: none); not with reminders",
  })
  reminderTime?: string | null;

  @Field(() => [HabitReminderInput], { nullable: true, description: "Replaces the list (at most 10)" })
  reminders?: HabitReminderInput[] | null;

  @Field(() => [ID], { nullable: true, description: "Replaces its tags; [] removes them all" })
  tagIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What the logged values count, e.g. "pages"' })
  unit?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Per scheduled day, or per period for TIMES_PER_WEEK / TIMES_PER_MONTH; null makes the habit yes/no again",
  })
  targetValue?: number | null;

  @Field(() => HabitTargetTypeEnum, { nullable: true })
  targetType?: HabitTargetType | null;
}

@InputType("LogHabitInput")
export class LogHabitInput {
  @Field(() => ID)
  habitId!: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Default: today in the user's timezone" })
  date?: string | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: "1..5" })
  mood?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "True: add value to the day's total (several entries a day) instead of setting it",
  })
  add?: boolean | null;
}

@InputType("SkipHabitInput")
export class SkipHabitInput {
  @Field(() => ID)
  habitId!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  date?: string | null;

  @Field()
  reason!: string;
}
