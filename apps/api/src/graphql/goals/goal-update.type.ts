import { Field, Float, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

@ObjectType("GoalUpdate", {
  description: "One change of a goal's current value, recorded or caused by its links",
})
export class GoalUpdateType {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { nullable: true })
  oldValue?: number | null;

  @Field(() => Float)
  newValue!: number;

  @Field(() => String, { nullable: true, description: "What the person wrote, or what moved the goal" })
  notes?: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
