import { type GoalRow, isGoalOverdue, userDayOf, userDaysOf } from "@momentum/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CategoryObject } from "../categories/category.type";
import { type GraphqlContext } from "../context";
import { HabitType } from "../habits/habit.type";
import { liveCategoryOf } from "../loaders/live-category";
import { TaskType } from "../tasks/task.type";
import { GoalUpdateType } from "./goal-update.type";
import { GoalType } from "./goal.type";
import { MilestoneType } from "./milestone.type";

/** A goal's related objects, batched per request so a list of goals costs one query per field. */
@Resolver(() => GoalType)
export class GoalFieldsResolver {
  @FieldResolver(() => CategoryObject, { nullable: true, description: "Null when none or deleted" })
  category(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    return liveCategoryOf(context.loaders, goal.category);
  }

  @FieldResolver(() => [MilestoneType], { description: "In the order they were added" })
  milestones(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    return context.loaders.milestonesByGoalId.load(goal.id);
  }

  @FieldResolver(() => [TaskType], {
    description: "Linked tasks that are not deleted, in the order they were linked",
  })
  relatedTasks(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    return context.loaders.linkedTasksByGoalId.load(goal.id);
  }

  @FieldResolver(() => [HabitType], {
    description: "Linked habits, archived ones included, in the order they were linked",
  })
  relatedHabits(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    return context.loaders.linkedHabitsByGoalId.load(goal.id);
  }

  @FieldResolver(() => [GoalUpdateType], { description: "Oldest first" })
  updates(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    return context.loaders.updatesByGoalId.load(goal.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Active or paused, and the target date is before the user's today",
  })
  async isOverdue(@Root() goal: GoalRow, @Ctx() context: GraphqlContext) {
    const owner = await context.loaders.userById.load(goal.user.id);
    return owner !== null && isGoalOverdue(goal, userDayOf(userDaysOf(owner), context.now));
  }
}
