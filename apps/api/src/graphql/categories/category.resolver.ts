import { CategoryType } from "@momentum/db";
import { createCategory, deleteCategory, listCategories, updateCategory } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { CategoryTypeEnum } from "../shared/enums";
import { CategoryInput } from "./category.inputs";
import { CategoryObject } from "./category.type";

@Authorized()
@Resolver(() => CategoryObject)
export class CategoryResolver {
  @Query(() => [CategoryObject], { description: "The viewer's categories, of one type if given" })
  categories(
    @Arg("type", () => CategoryTypeEnum, { nullable: true }) type: CategoryType | null,
    @Ctx() context: GraphqlContext,
  ) {
    return listCategories(context.em, viewerOf(context).userId, type);
  }

  @Mutation(() => CategoryObject)
  createCategory(@Arg("input", () => CategoryInput) input: CategoryInput, @Ctx() context: GraphqlContext) {
    return createCategory(context.em, viewerOf(context).userId, { ...input });
  }

  @Mutation(() => CategoryObject, { description: "A category's type cannot change" })
  updateCategory(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CategoryInput) input: CategoryInput,
    @Ctx() context: GraphqlContext,
  ) {
    return updateCategory(context.em, viewerOf(context).userId, id, { ...input });
  }

  @Mutation(() => Boolean, {
    description: "Soft delete: the name becomes free, whatever was filed under it reads as uncategorised",
  })
  deleteCategory(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteCategory(context.em, viewerOf(context).userId, id);
  }
}
