import { type User } from "@momentum/db";
import {
  createSavedFilter,
  deleteSavedFilter,
  listSavedFilters,
  type SavedFilterRow,
  updateSavedFilter,
} from "@momentum/domain";
import { type GraphQLInputType, type GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { UserType } from "../identity/user.type";
import { JSONObjectScalar } from "../scalars";
import { inputJsonOf } from "../shared/input-json";
import { TaskFilterInput } from "../tasks/task-filter.inputs";
import { SavedFilterObject } from "./saved-filter.type";

@Authorized()
@Resolver(() => SavedFilterObject)
export class SavedFilterResolver {
  @Query(() => [SavedFilterObject], { description: "The viewer's saved filters, oldest first" })
  savedFilters(@Ctx() context: GraphqlContext) {
    return listSavedFilters(context.em, viewerOf(context).userId);
  }

  @Mutation(() => SavedFilterObject, { description: "The filter is checked as the task list checks it" })
  createSavedFilter(
    @Arg("name") name: string,
    @Arg("filter", () => TaskFilterInput) filter: TaskFilterInput,
    @Ctx() context: GraphqlContext,
  ) {
    return createSavedFilter(context.em, viewerOf(context).userId, { name, filter: { ...filter } });
  }

  @Mutation(() => SavedFilterObject, { description: "Left-out arguments stay as they are" })
  updateSavedFilter(
    @Arg("id", () => ID) id: string,
    @Arg("name", () => String, { nullable: true }) name: string | null,
    @Arg("filter", () => TaskFilterInput, { nullable: true }) filter: TaskFilterInput | null,
    @Ctx() context: GraphqlContext,
  ) {
    return updateSavedFilter(context.em, viewerOf(context).userId, id, {
      name,
      filter: filter ? { ...filter } : null,
    });
  }

  @Mutation(() => Boolean)
  deleteSavedFilter(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteSavedFilter(context.em, viewerOf(context).userId, id);
  }

  @FieldResolver(() => JSONObjectScalar, {
    description: "A TaskFilter, as given: it can be passed back as the tasks list's filter",
  })
  filter(@Root() saved: SavedFilterRow, @Info() info: GraphQLResolveInfo) {
    return inputJsonOf(info.schema.getType("TaskFilter") as GraphQLInputType, saved.filter);
  }
}

@Resolver(() => UserType)
export class UserSavedFiltersResolver {
  @FieldResolver(() => [SavedFilterObject], { description: "The same list as Query.savedFilters" })
  savedFilters(@Root() user: User, @Ctx() context: GraphqlContext) {
    return listSavedFilters(context.em, user.id);
  }
}
