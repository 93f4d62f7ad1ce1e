import { Field, Float, ID, ObjectType } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar } from "../scalars";

@ObjectType("Milestone")
export class MilestoneType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Null while open" })
  completedAt?: Date | null;
}
