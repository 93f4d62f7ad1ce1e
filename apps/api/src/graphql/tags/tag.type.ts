import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("Tag")
export class TagObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Unique among the user's tags, whatever its case" })
  name!: string;

  @Field(() => String, { nullable: true, description: "#RRGGBB" })
  color?: string | null;
}
