import { CategoryType } from "@momentum/db";
import { Field, InputType } from "type-graphql";
import { CategoryTypeEnum } from "../shared/enums";

@InputType("CategoryInput")
export class CategoryInput {
  @Field()
  name!: string;

  @Field({ description: "#RRGGBB" })
  color!: string;

  @Field(() => String, { nullable: true })
  icon?: string | null;

  @Field(() => CategoryTypeEnum)
  type!: CategoryType;
}
