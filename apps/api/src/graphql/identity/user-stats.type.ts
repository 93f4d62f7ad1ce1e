import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("UserStats")
export class UserStatsType {
  @Field(() => Int)
  tasksCompleted!: number;

  @Field(() => Int, { description: "Habit days logged today, the user's today" })
  habitsCompletedToday!: number;

  @Field(() => Int)
  activeGoals!: number;

  @Field(() => Int)
  longestStreak!: number;

  @Field(() => Int)
  points!: number;

  @Field(() => Float, { nullable: true })
  productivityScoreToday?: number | null;
}
