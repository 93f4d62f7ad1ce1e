import { CategoryType } from "@momentum/db";
import { Field, ID, ObjectType } from "type-graphql";
import { CategoryTypeEnum } from "../shared/enums";

@ObjectType("Category")
export class CategoryObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "#RRGGBB" })
  color!: string;

  @Field(() => String, { nullable: true })
  icon?: string | null;

  @Field(() => CategoryTypeEnum)
  type!: CategoryType;
}
