import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

@ObjectType("Achievement")
export class AchievementType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: "tasks, habits, goals or streaks" })
  category!: string;

  @Field(() => Int)
  points!: number;

  @Field()
  icon!: string;
}

@ObjectType("UserAchievement")
export class UserAchievementType {
  @Field(() => AchievementType)
  achievement!: AchievementType;

  @Field(() => Float, { description: "0..100; 100 once earned" })
  progress!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "Null until earned" })
  earnedAt?: Date | null;
}
