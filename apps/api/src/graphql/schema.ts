import "reflect-metadata";
import { type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AchievementResolver, UserAchievementsResolver } from "./achievements/achievement.resolver";
import { authChecker } from "./auth-checker";
import { applyEdgeMiddlewares } from "./edge-middlewares";
import { ProductivityResolver } from "./productivity/productivity.resolver";
import { AccountResolver } from "./identity/account.resolver";
import { PasswordResetResolver } from "./identity/password-reset.resolver";
import { DataExportResolver } from "./exports/data-export.resolver";
import { ImportJobResolver } from "./imports/import-job.resolver";
import { DeviceResolver } from "./identity/device.resolver";
import { SessionResolver } from "./identity/session.resolver";
import { ViewerResolver } from "./identity/viewer.resolver";
import { TaskResolver } from "./tasks/task.resolver";
import { TaskTrashResolver } from "./tasks/task-trash.resolver";
import { HabitLifecycleResolver } from "./habits/habit-lifecycle.resolver";
import { GoalLifecycleResolver } from "./goals/goal-lifecycle.resolver";
import { HabitFieldsResolver } from "./habits/habit-fields.resolver";
import { HabitResolver } from "./habits/habit.resolver";
import { UserHabitsResolver } from "./habits/user-habits.resolver";
import { TaskFieldsResolver } from "./tasks/task-fields.resolver";
import { UserTasksResolver } from "./tasks/user-tasks.resolver";
import { CategoryResolver } from "./categories/category.resolver";
import { GoalFieldsResolver } from "./goals/goal-fields.resolver";
import { GoalLinkResolver } from "./goals/goal-link.resolver";
import { GoalResolver } from "./goals/goal.resolver";
import { MilestoneResolver } from "./goals/milestone.resolver";
import { UserGoalsResolver } from "./goals/user-goals.resolver";
import { HabitTagsResolver, TaskTagsResolver, UserTagsResolver } from "./tags/tag-fields.resolver";
import { TagResolver } from "./tags/tag.resolver";
import { SavedFilterResolver, UserSavedFiltersResolver } from "./tags/saved-filter.resolver";

export const resolvers = [
  AchievementResolver,
  UserAchievementsResolver,
  ProductivityResolver,
  AccountResolver,
  PasswordResetResolver,
  DataExportResolver,
  ImportJobResolver,
  ViewerResolver,
  SessionResolver,
  DeviceResolver,
  TaskResolver,
  TaskFieldsResolver,
  UserTasksResolver,
  CategoryResolver,
  HabitResolver,
  HabitFieldsResolver,
  UserHabitsResolver,
  GoalResolver,
  GoalFieldsResolver,
  GoalLinkResolver,
  MilestoneResolver,
  UserGoalsResolver,
  TaskTrashResolver,
  HabitLifecycleResolver,
  GoalLifecycleResolver,
  TagResolver,
  TaskTagsResolver,
  HabitTagsResolver,
  UserTagsResolver,
  SavedFilterResolver,
  UserSavedFiltersResolver,
] as const;

let schema: GraphQLSchema | undefined;

/** The served mobile schema, built once per process from the resolver classes. */
export function buildMobileSchema(): GraphQLSchema {
  schema ??= applyEdgeMiddlewares(
    buildSchemaSync({ resolvers, authChecker, validate: false, emitSchemaFile: false }),
  );
  return schema;
}
