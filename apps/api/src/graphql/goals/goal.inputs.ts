import { GoalStatus, MeasurementType } from "@momentum/db";
import { Field, Float, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../scalars";
import { GoalStatusEnum, MeasurementTypeEnum } from "../shared/enums";

@InputType("CreateGoalInput")
export class CreateGoalInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Default: today in the user's zone" })
  startDate?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  targetDate?: string | null;

  @Field(() => MeasurementTypeEnum)
  measurementType!: MeasurementType;

  @Field(() => Float, {
    nullable: true,
    description: "Required for NUMERIC and HABITS (a whole number of completions); other types take none",
  })
  targetValue?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "NUMERIC only, default 0; above the target for a goal that goes down (80 kg -> 72 kg)",
  })
  startValue?: number | null;
}

@InputType("UpdateGoalInput")
export class UpdateGoalInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  targetDate?: string | null;

  @Field(() => GoalStatusEnum, { nullable: true, description: "ACTIVE resumes a goal and measures it again" })
  status?: GoalStatus | null;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => Float, { nullable: true })
  startValue?: number | null;
}

@InputType("MilestoneInput")
export class MilestoneInput {
  @Field()
  title!: string;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  dueDate?: string | null;
}
