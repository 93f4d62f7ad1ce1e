import { type User } from "@momentum/db";
import { listHabits } from "@momentum/domain";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type GraphqlContext } from "../context";
import { UserType } from "../identity/user.type";
import { HabitType } from "./habit.type";

@Resolver(() => UserType)
export class UserHabitsResolver {
  @FieldResolver(() => [HabitType], { description: "Oldest first" })
  habits(
    @Root() user: User,
    @Arg("includeArchived", () => Boolean, { nullable: true, defaultValue: false }) includeArchived: boolean,
    @Ctx() context: GraphqlContext,
  ) {
    return listHabits(context.em, user.id, { includeArchived });
  }
}
