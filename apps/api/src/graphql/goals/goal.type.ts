import { GoalStatus, MeasurementType } from "@momentum/db";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar } from "../scalars";
import { GoalStatusEnum, MeasurementTypeEnum } from "../shared/enums";

/** Stored fields; category, milestones, linked items, updates and isOverdue are resolved in GoalFieldsResolver. */
@ObjectType("Goal")
export class GoalType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => CalendarDateScalar)
  startDate!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  targetDate?: string | null;

  @Field(() => GoalStatusEnum)
  status!: GoalStatus;

  @Field(() => Float, { description: "0..100 with two decimals; 100 exactly when the target is reached" })
  progress!: number;

  @Field(() => MeasurementTypeEnum)
  measurementType!: MeasurementType;

  @Field(() => Float, {
    nullable: true,
    description: "NUMERIC: the value to reach; HABITS: completions to reach",
  })
  targetValue?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "NUMERIC: where measuring began (above the target: a goal that goes down)",
  })
  startValue?: number | null;

  @Field(() => Float, {
    description: "Recorded value, or completed tasks, habit completions or completed milestones",
  })
  currentValue!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt?: Date | null;

  @Field()
  isArchived!: boolean;
}
