import {
  archiveHabit,
  createHabit,
  deleteHabitLog,
  findHabit,
  listHabits,
  logHabit,
  skipHabit,
  updateHabit,
} from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { CalendarDateScalar } from "../scalars";
import { habitChangeOptionsOf } from "./habit-change-options";
import { CreateHabitInput, LogHabitInput, SkipHabitInput, UpdateHabitInput } from "./habit.inputs";
import { HabitType } from "./habit.type";

@Authorized()
@Resolver(() => HabitType)
export class HabitResolver {
  @Query(() => HabitType)
  habit(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return findHabit(context.em, viewerOf(context).userId, id);
  }

  @Query(() => [HabitType], { description: "Oldest first" })
  habits(
    @Arg("includeArchived", () => Boolean, { nullable: true, defaultValue: false }) includeArchived: boolean,
    @Ctx() context: GraphqlContext,
  ) {
    return listHabits(context.em, viewerOf(context).userId, { includeArchived });
  }

  @Mutation(() => HabitType)
  createHabit(@Arg("input", () => CreateHabitInput) input: CreateHabitInput, @Ctx() context: GraphqlContext) {
    return createHabit(context.em, viewerOf(context).userId, input, { now: context.now });
  }

  @Mutation(() => HabitType)
  updateHabit(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateHabitInput) input: UpdateHabitInput,
    @Ctx() context: GraphqlContext,
  ) {
    return updateHabit(context.em, viewerOf(context).userId, id, input, habitChangeOptionsOf(context));
  }

  @Mutation(() => HabitType)
  archiveHabit(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return archiveHabit(context.em, viewerOf(context).userId, id, habitChangeOptionsOf(context));
  }

  @Mutation(() => HabitType, { description: "One log per habit and day: logging again updates it" })
  logHabit(@Arg("input", () => LogHabitInput) input: LogHabitInput, @Ctx() context: GraphqlContext) {
    return logHabit(context.em, viewerOf(context).userId, input, habitChangeOptionsOf(context));
  }

  @Mutation(() => HabitType, { description: "A skipped day neither counts nor breaks the streak" })
  skipHabit(@Arg("input", () => SkipHabitInput) input: SkipHabitInput, @Ctx() context: GraphqlContext) {
    return skipHabit(context.em, viewerOf(context).userId, input, habitChangeOptionsOf(context));
  }

  @Mutation(() => HabitType)
  deleteHabitLog(
    @Arg("habitId", () => ID) habitId: string,
    @Arg("date", () => CalendarDateScalar) date: string,
    @Ctx() context: GraphqlContext,
  ) {
    return deleteHabitLog(
      context.em,
      viewerOf(context).userId,
      { habitId, date },
      habitChangeOptionsOf(context),
    );
  }
}
