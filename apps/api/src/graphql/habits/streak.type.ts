import { Field, ID, Int, ObjectType } from "type-graphql";
import { CalendarDateScalar } from "../scalars";

@ObjectType("Streak", {
  description: "A run of completed days or periods, from its first to its last completion",
})
export class StreakType {
  @Field(() => ID)
  id!: string;

  @Field(() => CalendarDateScalar)
  startDate!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => Int)
  length!: number;

  @Field()
  isActive!: boolean;
}
