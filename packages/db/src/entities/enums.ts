// Storage enums: the values are what the columns hold, so renaming a member is a data migration.

export enum TaskStatus {
  Pending = "pending",
  InProgress = "in_progress",
  Completed = "completed",
  Cancelled = "cancelled",
}

/** Stored as SMALLINT so tasks sort by urgency in SQL. */
export enum Priority {
  None = 0,
  Low = 1,
  Medium = 2,
  High = 3,
  Urgent = 4,
}

export enum FrequencyType {
  Daily = "daily",
  Weekly = "weekly",
  TimesPerWeek = "times_per_week",
  TimesPerMonth = "times_per_month",
  EveryNDays = "every_n_days",
  Monthly = "monthly",
}

/** Which way a numeric habit's target points: reach it (at least) or stay at or under it (at most). */
export enum HabitTargetType {
  AtLeast = "at_least",
  AtMost = "at_most",
}

export enum GoalStatus {
  Active = "active",
  Paused = "paused",
  Completed = "completed",
  Abandoned = "abandoned",
}

export enum MeasurementType {
  Numeric = "numeric",
  Percentage = "percentage",
  Boolean = "boolean",
  Tasks = "tasks",
  Habits = "habits",
  Milestones = "milestones",
}

export enum CategoryType {
  Task = "task",
  Habit = "habit",
  Goal = "goal",
}

export enum DevicePlatform {
  Ios = "ios",
  Android = "android",
  Web = "web",
}

export enum StaffRole {
  Admin = "admin",
  Support = "support",
  Analyst = "analyst",
}

export enum EmailDeliveryStatus {
  Sent = "sent",
  Failed = "failed",
}

export enum PushDeliveryStatus {
  Sent = "sent",
  Failed = "failed",
  InvalidToken = "invalid_token",
}
