import { deleteHabit, unarchiveHabit } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { habitChangeOptionsOf } from "./habit-change-options";
import { HabitType } from "./habit.type";

/** The way back from archiving, and the way out for good. */
@Authorized()
@Resolver(() => HabitType)
export class HabitLifecycleResolver {
  @Mutation(() => HabitType, { description: "Listed, logged and reminded again" })
  unarchiveHabit(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return unarchiveHabit(context.em, viewerOf(context).userId, id, habitChangeOptionsOf(context));
  }

  @Mutation(() => Boolean, {
    description: "For good, with its logs and streaks; linked goals are measured without it",
  })
  deleteHabit(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteHabit(context.em, viewerOf(context).userId, id, habitChangeOptionsOf(context));
  }
}
