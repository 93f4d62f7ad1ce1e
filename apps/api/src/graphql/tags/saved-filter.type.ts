import { Field, ID, ObjectType } from "type-graphql";
import { JSONObjectScalar } from "../scalars";

@ObjectType("SavedFilter")
export class SavedFilterObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => JSONObjectScalar)
  filter!: Record<string, unknown>;
}
