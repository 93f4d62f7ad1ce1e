import { Field, InputType } from "type-graphql";

@InputType("TagInput")
export class TagInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "#RRGGBB; left out or null: no colour" })
  color?: string | null;
}
