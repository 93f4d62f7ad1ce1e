import {
  CategoryType,
  DevicePlatform,
  FrequencyType,
  GoalStatus,
  HabitTargetType,
  MeasurementType,
  Priority,
  TaskStatus,
} from "@momentum/db";
import { registerEnumType } from "type-graphql";

// The contract's enum names over the stored values: resolvers hand entities through unchanged and
// GraphQL serialises the stored value to its name.

export const PriorityEnum = {
  NONE: Priority.None,
  LOW: Priority.Low,
  MEDIUM: Priority.Medium,
  HIGH: Priority.High,
  URGENT: Priority.Urgent,
} as const;
registerEnumType(PriorityEnum, { name: "Priority", description: "Stored as 0..4" });

export const TaskStatusEnum = {
  PENDING: TaskStatus.Pending,
  IN_PROGRESS: TaskStatus.InProgress,
  COMPLETED: TaskStatus.Completed,
  CANCELLED: TaskStatus.Cancelled,
} as const;
registerEnumType(TaskStatusEnum, { name: "TaskStatus" });

export const FrequencyTypeEnum = {
  DAILY: FrequencyType.Daily,
  WEEKLY: FrequencyType.Weekly,
  TIMES_PER_WEEK: FrequencyType.TimesPerWeek,
  TIMES_PER_MONTH: FrequencyType.TimesPerMonth,
  EVERY_N_DAYS: FrequencyType.EveryNDays,
  MONTHLY: FrequencyType.Monthly,
} as const;
registerEnumType(FrequencyTypeEnum, { name: "FrequencyType" });

export const HabitTargetTypeEnum = {
  AT_LEAST: HabitTargetType.AtLeast,
  AT_MOST: HabitTargetType.AtMost,
} as const;
registerEnumType(HabitTargetTypeEnum, { name: "HabitTargetType" });

export const GoalStatusEnum = {
  ACTIVE: GoalStatus.Active,
  PAUSED: GoalStatus.Paused,
  COMPLETED: GoalStatus.Completed,
  ABANDONED: GoalStatus.Abandoned,
} as const;
registerEnumType(GoalStatusEnum, { name: "GoalStatus" });

export const MeasurementTypeEnum = {
  NUMERIC: MeasurementType.Numeric,
  PERCENTAGE: MeasurementType.Percentage,
  BOOLEAN: MeasurementType.Boolean,
  TASKS: MeasurementType.Tasks,
  HABITS: MeasurementType.Habits,
  MILESTONES: MeasurementType.Milestones,
} as const;
registerEnumType(MeasurementTypeEnum, { name: "MeasurementType" });

export const CategoryTypeEnum = {
  TASK: CategoryType.Task,
  HABIT: CategoryType.Habit,
  GOAL: CategoryType.Goal,
} as const;
registerEnumType(CategoryTypeEnum, { name: "CategoryType" });

export const DevicePlatformEnum = {
  IOS: DevicePlatform.Ios,
  ANDROID: DevicePlatform.Android,
  WEB: DevicePlatform.Web,
} as const;
registerEnumType(DevicePlatformEnum, { name: "DevicePlatform" });
