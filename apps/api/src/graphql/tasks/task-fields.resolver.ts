import {
  DEFAULT_TASK_HISTORY_PAGE_SIZE,
  MAX_TASK_HISTORY_PAGE_SIZE,
  nextOccurrenceOfTask,
  parseInput,
  taskHistoryPageSchema,
  type TaskRow,
} from "@momentum/domain";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { CategoryObject } from "../categories/category.type";
import { type GraphqlContext } from "../context";
import { liveCategoryOf } from "../loaders/live-category";
import { RecurrenceRuleType } from "./recurrence-rule.type";
import { TaskHistoryEntryType } from "./task-history-entry.type";
import { TaskType } from "./task.type";

/** Task's related objects, through the request's loaders so a page of tasks costs one query per field. */
@Resolver(() => TaskType)
export class TaskFieldsResolver {
  @FieldResolver(() => CategoryObject, { nullable: true, description: "Null when none or deleted" })
  category(@Root() task: TaskRow, @Ctx() context: GraphqlContext) {
    return liveCategoryOf(context.loaders, task.category);
  }

  @FieldResolver(() => TaskType, { nullable: true })
  parentTask(@Root() task: TaskRow, @Ctx() context: GraphqlContext) {
    return task.parentTask ? context.loaders.taskById.load(task.parentTask.id) : null;
  }

  @FieldResolver(() => [TaskType])
  subtasks(@Root() task: TaskRow, @Ctx() context: GraphqlContext) {
    return context.loaders.subtasksByParentId.load(task.id);
  }

  @FieldResolver(() => [TaskHistoryEntryType], { description: "The latest entries, newest first" })
  history(
    @Root() task: TaskRow,
    @Ctx() context: GraphqlContext,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_TASK_HISTORY_PAGE_SIZE,
      description: `How many of the latest entries, at most ${MAX_TASK_HISTORY_PAGE_SIZE}`,
    })
    first?: number | null,
  ) {
    const page = parseInput(taskHistoryPageSchema, { first: first ?? undefined });
    return context.loaders.historyByTaskId(page.first).load(task.id);
  }

  @FieldResolver(() => RecurrenceRuleType, { nullable: true })
  recurrence(@Root() task: TaskRow, @Ctx() context: GraphqlContext): RecurrenceRuleType | null {
    if (!task.recurrenceRule) return null;
    return {
      ...task.recurrenceRule,
      anchor: task.recurrenceRule.anchor ?? "DUE",
      nextOccurrence: nextOccurrenceOfTask(task, context.now),
    };
  }
}
