import { Achievement } from "./achievement.entity";
import { AnalyticsUser } from "./analytics-user.entity";
import { AuditLogEntry } from "./audit-log-entry.entity";
import { Category } from "./category.entity";
import { HabitTag } from "./habit-tag.entity";
import { SavedFilter } from "./saved-filter.entity";
import { Tag } from "./tag.entity";
import { TaskTag } from "./task-tag.entity";
import { Device } from "./device.entity";
import { ForgottenUser } from "./forgotten-user.entity";
import { DailyUserRollup } from "./daily-user-rollup.entity";
import { CreatedEntity, TimestampedEntity, UuidEntity } from "./entity-base";
import { GoalHabit } from "./goal-habit.entity";
import { GoalTask } from "./goal-task.entity";
import { GoalUpdate } from "./goal-update.entity";
import { Goal } from "./goal.entity";
import { HabitLog } from "./habit-log.entity";
import { Habit } from "./habit.entity";
import { Milestone } from "./milestone.entity";
import { OutboxEvent } from "./outbox-event.entity";
import { ProcessedMessage } from "./processed-message.entity";
import { ProductivityMetric } from "./productivity-metric.entity";
import { PushDelivery } from "./push-delivery.entity";
import { EmailDelivery } from "./email-delivery.entity";
import { PasswordResetToken } from "./password-reset-token.entity";
import { ClosedAccount } from "./closed-account.entity";
import { DataExport } from "./data-export.entity";
import { ImportJob } from "./import-job.entity";
import { ImportKey } from "./import-key.entity";
import { Session } from "./session.entity";
import { StaffSession } from "./staff-session.entity";
import { StaffUser } from "./staff-user.entity";
import { Streak } from "./streak.entity";
import { TaskHistory } from "./task-history.entity";
import { Task } from "./task.entity";
import { UserAchievement } from "./user-achievement.entity";
import { UserActivity } from "./user-activity.entity";
import { UserTaskCount } from "./user-task-count.entity";
import { User } from "./user.entity";

// Listed explicitly (not globbed) so bundlers, tests and compiled code discover the same set.
const baseEntities = [UuidEntity, CreatedEntity, TimestampedEntity];

/** Tables of the main (OLTP) database. */
export const mainEntities = [
  ...baseEntities,
  User,
  UserTaskCount,
  Category,
  Task,
  TaskHistory,
  Habit,
  HabitLog,
  Streak,
  Goal,
  GoalUpdate,
  Milestone,
  GoalTask,
  GoalHabit,
  Tag,
  TaskTag,
  HabitTag,
  SavedFilter,
  Achievement,
  UserAchievement,
  Device,
  Session,
  PasswordResetToken,
  ClosedAccount,
  DataExport,
  ImportJob,
  ImportKey,
  OutboxEvent,
  ProcessedMessage,
  StaffUser,
  StaffSession,
  AuditLogEntry,
  PushDelivery,
  EmailDelivery,
];

/** Tables of the analytics database. */
export const analyticsEntities = [
  ...baseEntities,
  UserActivity,
  ProductivityMetric,
  ProcessedMessage,
  ForgottenUser,
  AnalyticsUser,
  DailyUserRollup,
];
