import { z } from "zod";
import { priorityNameSchema } from "./task.events";

// The design document's notification messages, field for field; their id travels as the AMQP messageId.

export const taskReminderSchema = z.object({
  type: z.literal("TASK_REMINDER"),
  userId: z.uuid(),
  taskId: z.uuid(),
  title: z.string(),
  /** Seconds until the task is due, as a decimal string ("3600"), as the document specifies. */
  dueIn: z.string().regex(/^-?\d+$/, "must be whole seconds as a string"),
  priority: priorityNameSchema,
});

export const habitReminderSchema = z.object({
  type: z.literal("HABIT_REMINDER"),
  userId: z.uuid(),
  habitId: z.uuid(),
  title: z.string(),
  streakCount: z.number().int().nonnegative(),
});

export const achievementUnlockedSchema = z.object({
  type: z.literal("ACHIEVEMENT_UNLOCKED"),
  userId: z.uuid(),
  achievementId: z.uuid(),
  name: z.string(),
  points: z.number().int(),
});

/** Not in the design document: the user's data export is ready to fetch (see requestDataExport). */
export const dataExportReadySchema = z.object({
  type: z.literal("DATA_EXPORT_READY"),
  userId: z.uuid(),
  exportId: z.uuid(),
  expiresAt: z.iso.datetime(),
});

/** Not in the design document: an import the user started has ended (see startImport). */
export const importFinishedSchema = z.object({
  type: z.literal("IMPORT_FINISHED"),
  userId: z.uuid(),
  importJobId: z.uuid(),
  status: z.enum(["DONE", "FAILED"]),
  created: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});

/**
 * Not in the design document: asks the notifier to e-mail a password-reset link. It names the user only;
 * the notifier issues the token as it sends, so the token exists in the e-mail alone (never in the outbox
 * or on the broker).
 */
export const passwordResetEmailSchema = z.object({
  type: z.literal("PASSWORD_RESET_EMAIL"),
  userId: z.uuid(),
  requestedAt: z.iso.datetime(),
});

/** The messages that become pushes to the user's devices. */
export const pushMessageSchema = z.discriminatedUnion("type", [
  taskReminderSchema,
  habitReminderSchema,
  achievementUnlockedSchema,
  dataExportReadySchema,
  importFinishedSchema,
]);

/** Every message of the notifications exchange: pushes and e-mails. */
export const notificationMessageSchema = z.discriminatedUnion("type", [
  ...pushMessageSchema.options,
  passwordResetEmailSchema,
]);

export type TaskReminder = z.infer<typeof taskReminderSchema>;
export type HabitReminder = z.infer<typeof habitReminderSchema>;
export type AchievementUnlocked = z.infer<typeof achievementUnlockedSchema>;
export type DataExportReady = z.infer<typeof dataExportReadySchema>;
export type ImportFinished = z.infer<typeof importFinishedSchema>;
export type PasswordResetEmail = z.infer<typeof passwordResetEmailSchema>;
export type PushMessage = z.infer<typeof pushMessageSchema>;
export type NotificationMessage = z.infer<typeof notificationMessageSchema>;
export type NotificationType = NotificationMessage["type"];

export const notificationTypes: NotificationType[] = [
  "TASK_REMINDER",
  "HABIT_REMINDER",
  "ACHIEVEMENT_UNLOCKED",
  "DATA_EXPORT_READY",
  "IMPORT_FINISHED",
  "PASSWORD_RESET_EMAIL",
];
